package cn.songjiang.budget.payments.repository;

import cn.songjiang.budget.payments.domain.InstallmentStatus;
import cn.songjiang.budget.payments.domain.PaidState;
import cn.songjiang.budget.payments.domain.Trigger;
import cn.songjiang.budget.support.security.CurrentUser;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The statements that record a new payment, in plain SQL on the current transaction's connection: lock the
 * installment, read its earlier payments, insert the payment, update what is paid. This is the hottest write of the
 * service, and Hibernate's loading, change tracking and flush of the whole installment row cost more than the
 * statements themselves (README, "Payment benchmark"); bench/pay.sql runs these statements (BenchmarkSqlTest).
 * The audit columns are filled as {@link cn.songjiang.budget.support.persistence.AuditListener} fills them.
 */
@ApplicationScoped
public class PaymentLedger {

    static final String LOCK = "select status, trigger_type, amount, paid_amount, due_date, daily_rate "
            + "from installment where id = ? for no key update";
    static final String EARLIER = "select idempotency_key, reversed, paid_date, amount "
            + "from payment where installment_id = ?";
    static final String INSERT = "insert into payment (installment_id, amount, paid_date, voucher_no, "
            + "idempotency_key, request_hash, created_by, created_by_id, created_at, updated_by, updated_by_id, "
            + "updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, now(), ?, ?, now(), 0) returning id, created_at";
    static final String SETTLE = "update installment set paid_amount = ?, status = ?, interest_base = ?, "
            + "interest_from = ?, updated_by = ?, updated_by_id = ?, updated_at = now(), version = version + 1 "
            + "where id = ?";

    /** What a payment needs to know of the installment it pays. */
    public record Payable(long id, InstallmentStatus status, Trigger trigger, BigDecimal amount,
            BigDecimal paidAmount, LocalDate dueDate, BigDecimal dailyRate) {

        public BigDecimal outstanding() {
            return amount.subtract(paidAmount);
        }
    }

    /** What a new payment of the installment needs to know of an earlier one (reversed ones included). */
    public record Earlier(String idempotencyKey, boolean reversed, LocalDate paidDate, BigDecimal amount) {
    }

    /** A new payment, as the service has it before the insert. */
    public record Entry(long installmentId, BigDecimal amount, LocalDate paidDate, String voucherNo,
            String idempotencyKey, String requestHash) {
    }

    /** The inserted payment's id, when it was recorded (the transaction's time) and by whom. */
    public record Inserted(long id, Instant createdAt, String createdBy) {
    }

    private final AgroalDataSource dataSource;
    private final ReadModelVersion readModel;

    public PaymentLedger(AgroalDataSource dataSource, ReadModelVersion readModel) {
        this.dataSource = dataSource;
        this.readModel = readModel;
    }

    /** Locks the installment row until the transaction ends: payments and events on it are serialised. */
    public Optional<Payable> lock(long installmentId) {
        return run(LOCK, statement -> {
            statement.setLong(1, installmentId);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Payable(installmentId, InstallmentStatus.valueOf(rs.getString(1)),
                        Trigger.valueOf(rs.getString(2)), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getObject(5, LocalDate.class), rs.getBigDecimal(6)));
            }
        });
    }

    public List<Earlier> earlierOf(long installmentId) {
        return run(EARLIER, statement -> {
            statement.setLong(1, installmentId);
            List<Earlier> earlier = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    earlier.add(new Earlier(rs.getString(1), rs.getBoolean(2), rs.getObject(3, LocalDate.class),
                            rs.getBigDecimal(4)));
                }
            }
            return earlier;
        });
    }

    /**
     * Inserts the payment and writes what the installment's payments now make of it ({@code after}), both in the
     * caller's name. A key already recorded fails the insert on constraint {@code payment_idempotency_key_uq}.
     */
    public Inserted record(Entry payment, PaidState after) {
        String userId = CurrentUser.id();
        String userName = CurrentUser.name();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT);
                PreparedStatement settle = connection.prepareStatement(SETTLE)) {
            insert.setLong(1, payment.installmentId());
            insert.setBigDecimal(2, payment.amount());
            insert.setObject(3, payment.paidDate());
            insert.setString(4, payment.voucherNo());
            insert.setString(5, payment.idempotencyKey());
            insert.setString(6, payment.requestHash());
            insert.setString(7, userName);
            insert.setString(8, userId);
            insert.setString(9, userName);
            insert.setString(10, userId);
            Inserted inserted;
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                inserted = new Inserted(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), userName);
            }
            settle.setBigDecimal(1, after.paidAmount());
            settle.setString(2, after.status().name());
            settle.setBigDecimal(3, after.interestBase());
            settle.setObject(4, after.interestFrom(), Types.DATE);
            settle.setString(5, userName);
            settle.setString(6, userId);
            settle.setLong(7, payment.installmentId());
            settle.executeUpdate();
            readModel.changed();
            return inserted;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @FunctionalInterface
    private interface Statement<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    // Inside a transaction the pool hands out the transaction's own connection, enlisted in it; closing the handle
    // leaves it to the transaction.
    private <T> T run(String sql, Statement<T> work) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            return work.run(statement);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static IllegalStateException failed(SQLException e) {
        return new IllegalStateException("payment statement failed: " + e.getMessage(), e);
    }
}
