package cn.songjiang.budget.payments.repository;

import cn.songjiang.budget.payments.domain.InstallmentStatus;
import cn.songjiang.budget.payments.domain.SupplierSize;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the OCDS export publishes of contract payment plans, read as plain rows (no managed entities: nothing to
 * hydrate, track or flush). A set of plans is read with four queries in one read-only repeatable-read transaction,
 * so the plans, installments, events and payments it answers are one snapshot.
 */
@ApplicationScoped
public class OcdsRepository {

    public record PlanRow(long id, long contractId, String departmentCode, int fiscalYear, String projectName,
            Long supplierId, String supplierName, String supplierCreditCode, SupplierSize supplierSize,
            BigDecimal contractValue, LocalDate signedDate, LocalDate periodStart, LocalDate periodEnd,
            Instant updatedAt) {
    }

    /** An installment that counts (not cancelled); {@code trigger} is the trigger's name. */
    public record InstallmentRow(long id, long planId, int sequence, BigDecimal percent, BigDecimal amount,
            String trigger, String clauseText, InstallmentStatus status, LocalDate dueDate, Instant updatedAt) {
    }

    public record EventRow(long id, long installmentId, String evidenceRef, Instant createdAt) {
    }

    public record PaymentRow(long id, long installmentId, BigDecimal amount, LocalDate paidDate, boolean reversed,
            Instant reversedAt, Instant updatedAt) {
    }

    /** Plans by contract, installments by plan and sequence, events and payments by id. */
    public record Rows(List<PlanRow> plans, List<InstallmentRow> installments, List<EventRow> events,
            List<PaymentRow> payments) {
    }

    private static final String PLAN_COLUMNS = "select id, contract_id, department_code, fiscal_year, project_name, "
            + "supplier_id, supplier_name, supplier_credit_code, supplier_size, contract_value, signed_date, "
            + "period_start, period_end, updated_at from payment_plan ";
    private static final String YEAR_PLANS = PLAN_COLUMNS
            + "where fiscal_year = ? and contract_id > ? order by contract_id limit ?";
    private static final String CONTRACT_PLAN = PLAN_COLUMNS + "where contract_id = ?";
    // A batch's plans are few: each is looked up in installment_plan_ix, and a few thousand narrow rows sorted.
    private static final String INSTALLMENTS = "select id, plan_id, sequence, percent, amount, trigger_type, "
            + "clause_text, status, due_date, updated_at from installment "
            + "where plan_id = any(?) and status <> 'CANCELLED' order by plan_id, sequence";
    private static final String EVENTS = "select e.id, e.installment_id, e.evidence_ref, e.created_at "
            + "from installment_event e join installment i on i.id = e.installment_id "
            + "where i.plan_id = any(?) order by e.id";
    private static final String PAYMENTS = "select p.id, p.installment_id, p.amount, p.paid_date, p.reversed, "
            + "p.reversed_at, p.updated_at from payment p join installment i on i.id = p.installment_id "
            + "where i.plan_id = any(?) order by p.id";

    private final AgroalDataSource dataSource;

    public OcdsRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** How many contracts of {@code fiscalYear} have a plan. */
    public long contractsOfFiscalYear(int fiscalYear) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select count(*) from payment_plan where fiscal_year = ? and contract_id is not null")) {
            statement.setInt(1, fiscalYear);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("OCDS count failed", e);
        }
    }

    /** The plans of contracts of {@code fiscalYear} after contract {@code afterContract}, at most {@code limit}. */
    public Rows ofFiscalYear(int fiscalYear, long afterContract, int limit) {
        return read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(YEAR_PLANS)) {
                statement.setInt(1, fiscalYear);
                statement.setLong(2, afterContract);
                statement.setInt(3, limit);
                return plans(statement);
            }
        });
    }

    /** The plan of a contract (none, or one: a contract has at most one plan). */
    public Rows ofContract(long contractId) {
        return read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(CONTRACT_PLAN)) {
                statement.setLong(1, contractId);
                return plans(statement);
            }
        });
    }

    @FunctionalInterface
    private interface PlanQuery {
        List<PlanRow> plans(Connection connection) throws SQLException;
    }

    private Rows read(PlanQuery planQuery) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                List<PlanRow> plans = planQuery.plans(connection);
                if (plans.isEmpty()) {
                    return new Rows(List.of(), List.of(), List.of(), List.of());
                }
                Array ids = connection.createArrayOf("bigint", plans.stream().map(PlanRow::id).toArray());
                return new Rows(plans, installments(connection, ids), events(connection, ids),
                        payments(connection, ids));
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("OCDS query failed", e);
        }
    }

    private static List<PlanRow> plans(PreparedStatement statement) throws SQLException {
        List<PlanRow> plans = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                String size = rs.getString(9);
                plans.add(new PlanRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        rs.getObject(6, Long.class), rs.getString(7), rs.getString(8),
                        size == null ? null : SupplierSize.valueOf(size), rs.getBigDecimal(10), date(rs, 11),
                        date(rs, 12), date(rs, 13), instant(rs, 14)));
            }
        }
        return plans;
    }

    private static List<InstallmentRow> installments(Connection connection, Array planIds) throws SQLException {
        List<InstallmentRow> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(INSTALLMENTS)) {
            statement.setArray(1, planIds);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new InstallmentRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), rs.getString(6), rs.getString(7),
                            InstallmentStatus.valueOf(rs.getString(8)), date(rs, 9), instant(rs, 10)));
                }
            }
        }
        return rows;
    }

    private static List<EventRow> events(Connection connection, Array planIds) throws SQLException {
        List<EventRow> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(EVENTS)) {
            statement.setArray(1, planIds);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new EventRow(rs.getLong(1), rs.getLong(2), rs.getString(3), instant(rs, 4)));
                }
            }
        }
        return rows;
    }

    private static List<PaymentRow> payments(Connection connection, Array planIds) throws SQLException {
        List<PaymentRow> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(PAYMENTS)) {
            statement.setArray(1, planIds);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new PaymentRow(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), date(rs, 4),
                            rs.getBoolean(5), instant(rs, 6), instant(rs, 7)));
                }
            }
        }
        return rows;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
