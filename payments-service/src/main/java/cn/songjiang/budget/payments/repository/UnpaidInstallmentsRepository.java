package cn.songjiang.budget.payments.repository;

import cn.songjiang.budget.payments.domain.InstallmentStatus;
import cn.songjiang.budget.payments.domain.SupplierSize;
import cn.songjiang.budget.payments.domain.Trigger;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams the installments not yet paid with the plan facts the cash forecast needs (a projection), grouped in the
 * database by those facts: installments that share every fact the forecast reads land in the same month, so one
 * row with their count and outstanding sum stands for all of them. A payable installment is placed by its due
 * date alone, so its plan facts are left out of the grouping.
 */
@ApplicationScoped
public class UnpaidInstallmentsRepository {

    /**
     * {@code count} unpaid installments with an outstanding amount that share these facts, and the sum of what
     * they still owe. The plan facts are null for payable ones.
     */
    public record Unpaid(int count, InstallmentStatus status, Trigger trigger, BigDecimal outstanding,
            LocalDate dueDate, Integer serviceMonths, LocalDate fixedDate, LocalDate installmentPeriodEnd,
            LocalDate signedDate, LocalDate periodStart, LocalDate periodEnd,
            Integer paymentTermDays, SupplierSize supplierSize) {
    }

    private static final int FETCH_SIZE = 2_000;

    private final AgroalDataSource dataSource;

    public UnpaidInstallmentsRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void forEach(Long projectId, Integer fiscalYear, Consumer<Unpaid> consumer) {
        String pending = "i.status = 'PENDING'";
        String facts = "i.status, i.trigger_type, i.due_date, "
                + "case when " + pending + " then i.service_months end, "
                + "case when " + pending + " then i.fixed_date end, "
                + "case when " + pending + " then i.period_end end, "
                + "case when " + pending + " then p.signed_date end, "
                + "case when " + pending + " then p.period_start end, "
                + "case when " + pending + " then p.period_end end, "
                + "case when " + pending + " then p.payment_term_days end, "
                + "case when " + pending + " then p.supplier_size end";
        StringBuilder sql = new StringBuilder("select count(*), " + facts + ", sum(i.amount - i.paid_amount)"
                + " from installment i join payment_plan p on p.id = i.plan_id"
                + " where i.status in ('PENDING', 'DUE', 'PARTIALLY_PAID') and i.amount > i.paid_amount");
        List<Object> values = new ArrayList<>();
        if (projectId != null) {
            sql.append(" and i.project_id = ?");
            values.add(projectId);
        }
        if (fiscalYear != null) {
            sql.append(" and i.fiscal_year = ?");
            values.add(fiscalYear);
        }
        sql.append(" group by ").append(facts);
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            // A cursor (fetch size) needs a transaction in PostgreSQL's driver.
            connection.setAutoCommit(false);
            // Enough memory to group in a hash table (a few MB at 10 M installments) rather than sort on disk.
            try (Statement settings = connection.createStatement()) {
                settings.execute("set local work_mem = '64MB'");
            }
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                statement.setFetchSize(FETCH_SIZE);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Long number) {
                        statement.setLong(i + 1, number);
                    } else {
                        statement.setInt(i + 1, (Integer) value);
                    }
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        consumer.accept(new Unpaid(rs.getInt(1), InstallmentStatus.valueOf(rs.getString(2)),
                                Trigger.valueOf(rs.getString(3)), rs.getBigDecimal(13), date(rs, 4),
                                integer(rs, 5), date(rs, 6), date(rs, 7), date(rs, 8), date(rs, 9), date(rs, 10),
                                integer(rs, 11),
                                rs.getString(12) == null ? null : SupplierSize.valueOf(rs.getString(12))));
                    }
                }
            } finally {
                connection.commit();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cash forecast query failed", e);
        }
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
