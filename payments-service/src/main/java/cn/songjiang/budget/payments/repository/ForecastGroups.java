package cn.songjiang.budget.payments.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The cash forecast's maintained grouping (migration V5): {@code forecast_group} holds the unpaid installments
 * counted and summed by key (with project and fiscal year), {@code forecast_group_total} the same over all
 * projects and years, and triggers append what each write changes to {@code forecast_group_delta}, so that
 * writers never update (and lock) a shared row. A read sums one of the first two and the deltas; {@link #compact}
 * folds the deltas into both.
 *
 * <p>The service has no scheduler, so compaction runs on read: the forecast is read only after a change (its
 * answer is cached until then), so the deltas it finds are those of the writes since the last compaction.
 */
@ApplicationScoped
public class ForecastGroups {

    /** Deltas a read sums without noticing (a few ms); from this many on, it compacts first. */
    public static final int COMPACT_AT = 1_000;

    /** The deltas waiting to be folded in. */
    public long pendingDeltas(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from forecast_group_delta")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Folds the deltas into forecast_group and forecast_group_total and removes the keys no installment is left in, in the connection's
     * transaction, which the caller commits. Only one instance compacts at a time (a transaction advisory lock);
     * when another one is compacting, this returns false at once: a read is right with deltas or without.
     * Deltas appended meanwhile (committed after this statement's snapshot) stay for the next compaction.
     */
    public boolean compact(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "select pg_try_advisory_xact_lock('forecast_group'::regclass::oid::integer, 0)")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return false;
                }
            }
            statement.executeUpdate("""
                    with moved as (
                        delete from forecast_group_delta returning *
                    ), folded as (
                        select project_id, fiscal_year, status, trigger_type, due_date, service_months, fixed_date,
                               installment_period_end, signed_date, period_start, period_end, payment_term_days,
                               supplier_size, sum(installments) as installments, sum(outstanding) as outstanding
                        from moved
                        group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13
                    ), by_project as (
                        insert into forecast_group
                        select * from folded
                        on conflict on constraint forecast_group_key do update
                            set installments = forecast_group.installments + excluded.installments,
                                outstanding = forecast_group.outstanding + excluded.outstanding
                    )
                    insert into forecast_group_total
                    select status, trigger_type, due_date, service_months, fixed_date, installment_period_end,
                           signed_date, period_start, period_end, payment_term_days, supplier_size,
                           sum(installments), sum(outstanding)
                    from folded
                    group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
                    on conflict on constraint forecast_group_total_key do update
                        set installments = forecast_group_total.installments + excluded.installments,
                            outstanding = forecast_group_total.outstanding + excluded.outstanding
                    """);
            statement.executeUpdate("delete from forecast_group where installments = 0");
            statement.executeUpdate("delete from forecast_group_total where installments = 0");
            return true;
        }
    }
}
