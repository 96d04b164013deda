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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The installments not yet paid with the plan facts the cash forecast needs (a projection), grouped by those
 * facts: installments that share every fact the forecast reads land in the same month, so one row with their
 * count and outstanding sum stands for all of them. A payable installment is placed by its due date alone, so its
 * plan facts are left out of the grouping. The grouping is maintained by the database ({@link ForecastGroups}),
 * so a read sums a few thousand rows rather than grouping every unpaid installment.
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

    private static final String FACTS = "status, trigger_type, due_date, service_months, fixed_date, "
            + "installment_period_end, signed_date, period_start, period_end, payment_term_days, supplier_size";

    private final AgroalDataSource dataSource;
    private final ForecastGroups groups;

    public UnpaidInstallmentsRepository(AgroalDataSource dataSource, ForecastGroups groups) {
        this.dataSource = dataSource;
        this.groups = groups;
    }

    public void forEach(Long projectId, Integer fiscalYear, Consumer<Unpaid> consumer) {
        StringBuilder filter = new StringBuilder(" where true");
        List<Object> values = new ArrayList<>();
        if (projectId != null) {
            filter.append(" and project_id = ?");
            values.add(projectId);
        }
        if (fiscalYear != null) {
            filter.append(" and fiscal_year = ?");
            values.add(fiscalYear);
        }
        // The compacted groups and the deltas appended since, in one statement (one snapshot): a compaction
        // committing meanwhile is seen whole or not at all. A key whose installments are all gone sums to 0.
        String groupsTable = values.isEmpty() ? "forecast_group_total" : "forecast_group";
        String columns = FACTS + ", installments, outstanding";
        String sql = "select sum(installments), " + FACTS + ", sum(outstanding) from ("
                + "select " + columns + " from " + groupsTable + filter
                + " union all select " + columns + " from forecast_group_delta" + filter
                + ") g group by " + FACTS + " having sum(installments) <> 0";
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                if (groups.pendingDeltas(connection) >= ForecastGroups.COMPACT_AT && groups.compact(connection)) {
                    connection.commit();
                }
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    // The filter's values, once for the groups and once for the deltas.
                    for (int i = 0; i < values.size(); i++) {
                        statement.setObject(i + 1, values.get(i));
                        statement.setObject(i + 1 + values.size(), values.get(i));
                    }
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            consumer.accept(new Unpaid(rs.getInt(1), InstallmentStatus.valueOf(rs.getString(2)),
                                    Trigger.valueOf(rs.getString(3)), rs.getBigDecimal(13), date(rs, 4),
                                    integer(rs, 5), date(rs, 6), date(rs, 7), date(rs, 8), date(rs, 9),
                                    date(rs, 10), integer(rs, 11),
                                    rs.getString(12) == null ? null : SupplierSize.valueOf(rs.getString(12))));
                        }
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
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
