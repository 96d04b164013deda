package cn.songjiang.budget.payments.repository;

import cn.songjiang.budget.payments.domain.Category;
import cn.songjiang.budget.payments.domain.InstallmentStatus;
import cn.songjiang.budget.payments.domain.Limits;
import cn.songjiang.budget.payments.domain.RuleNames;
import cn.songjiang.budget.payments.domain.SupplierSize;
import cn.songjiang.budget.payments.domain.Trigger;
import cn.songjiang.budget.support.problem.ApiProblem;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The due-payments read model: plain SQL projections over the installment table alone (it carries copies of
 * the plan's names), no entities. The open statuses are written into the SQL as literals so that
 * PostgreSQL can use the partial indexes over open installments; everything else is a bind parameter.
 *
 * <p>A page costs one indexed query. The totals of the whole filtered set cost a scan of the set, so they are
 * kept per filter and day in the {@link ReadModelCache} until any instance changes the data.
 */
@ApplicationScoped
public class DuePaymentsRepository {

    /** One installment row of the list, with the stored interest baseline. */
    public record Row(long installmentId, long planId, int sequence, long projectId, String projectCode,
            String projectName, Long contractId, Long supplierId, String supplierName, SupplierSize supplierSize,
            Category category, Trigger trigger, boolean fiscalClose, InstallmentStatus status, BigDecimal amount,
            BigDecimal paidAmount, LocalDate dueDate, LocalDate statutoryDeadline, BigDecimal dailyRate,
            BigDecimal interestBase, LocalDate interestFrom, int fiscalYear) {
    }

    /** Count and sums over a set of installments; interest as of the query's day. */
    public record Totals(long count, BigDecimal amountDue, BigDecimal amountPaid, BigDecimal outstanding,
            BigDecimal interest) {
    }

    /** One group of the summary. */
    public record Group(String key, String label, Totals totals) {
    }

    /** The rows of one page and the totals of the whole filtered set. */
    public record Result(List<Row> rows, Totals totals) {
    }

    private static final String INTEREST = "coalesce(round(i.interest_base + (i.amount - i.paid_amount) * i.daily_rate"
            + " * greatest(0, ?::date - i.interest_from), 2), 0)";
    private static final String TOTALS = "count(*), coalesce(sum(i.amount), 0), coalesce(sum(i.paid_amount), 0), "
            + "coalesce(sum(" + INTEREST + "), 0)";

    /** About 2 MB of rows in the driver at a time; a fifth of the round trips of 1,000. */
    private static final int EXPORT_FETCH_SIZE = 5_000;

    private record TotalsKey(String where, List<Object> values, LocalDate asOf) {
    }

    private final AgroalDataSource dataSource;
    private final ReadModelCache cache;

    public DuePaymentsRepository(AgroalDataSource dataSource, ReadModelCache cache) {
        this.dataSource = dataSource;
        this.cache = cache;
    }

    public Result page(DuePaymentsQuery query, DuePaymentsQuery.Sort sort, boolean descending, int limit,
            long offset) {
        Where where = where(query);
        String direction = descending ? " desc" : " asc";
        String pageSql = pageSql(where.sql, sort.column + direction + ", i.id" + direction);
        String totalsSql = totalsSql(where.sql);
        try (Connection connection = dataSource.getConnection()) {
            List<Row> rows = new ArrayList<>(limit);
            try (PreparedStatement statement = connection.prepareStatement(pageSql)) {
                int index = where.bind(statement, 1);
                statement.setInt(index++, limit);
                statement.setLong(index, offset);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
            }
            return new Result(rows, totals(connection, query, where, totalsSql));
        } catch (SQLException e) {
            throw new IllegalStateException("due-payments query failed", e);
        }
    }

    /** The totals of the whole filtered set, as the list reports them. */
    public Totals totals(DuePaymentsQuery query) {
        Where where = where(query);
        try (Connection connection = dataSource.getConnection()) {
            return totals(connection, query, where, totalsSql(where.sql));
        } catch (SQLException e) {
            throw new IllegalStateException("due-payments totals failed", e);
        }
    }

    /**
     * Hands every row of the filtered set, in the list's order, to {@code consumer}, reading them through a
     * server-side cursor {@value #EXPORT_FETCH_SIZE} rows at a time, so the whole set is never in memory. One
     * read-only transaction: the rows are one consistent snapshot.
     */
    public void forEach(DuePaymentsQuery query, DuePaymentsQuery.Sort sort, boolean descending,
            RowConsumer consumer) throws IOException {
        Where where = where(query);
        String direction = descending ? " desc" : " asc";
        String sql = allRowsSql(where.sql, sort.column + direction + ", i.id" + direction);
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            // The PostgreSQL driver uses a cursor (and honours the fetch size) only inside a transaction.
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(EXPORT_FETCH_SIZE);
                where.bind(statement, 1);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        consumer.accept(row(rs));
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("due-payments export query failed", e);
        }
    }

    /** Receives the rows of {@link #forEach}; may fail writing them out. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(Row row) throws IOException;
    }

    /** The totals of the filtered set, computed once per filter, day and read-model version. */
    private Totals totals(Connection connection, DuePaymentsQuery query, Where where, String sql) {
        return cache.get(new TotalsKey(where.sql, where.values, query.asOf()), () -> {
            try {
                return queryTotals(connection, query, where, sql);
            } catch (SQLException e) {
                throw new IllegalStateException("due-payments totals failed", e);
            }
        });
    }

    private static Totals queryTotals(Connection connection, DuePaymentsQuery query, Where where, String sql)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setDate(1, Date.valueOf(query.asOf()));
            where.bind(statement, 2);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return totals(rs, 1);
            }
        }
    }

    public List<Group> summary(DuePaymentsQuery query, DuePaymentsQuery.GroupBy groupBy) {
        Where where = where(query);
        String key;
        String label;
        String from = " from installment i";
        switch (groupBy) {
            case WEEK -> {
                key = "to_char(date_trunc('week', i.due_date), 'YYYY-MM-DD')";
                label = "to_char(date_trunc('week', i.due_date), 'IYYY-\"W\"IW')";
            }
            case MONTH -> {
                key = "to_char(i.due_date, 'YYYY-MM')";
                label = key;
            }
            case PROJECT -> {
                key = "i.project_id::text";
                label = "min(i.project_name)";
            }
            default -> {
                key = "coalesce(i.supplier_size, 'NONE')";
                label = key;
            }
        }
        String labelColumn = groupBy == DuePaymentsQuery.GroupBy.PROJECT ? label : "min(" + label + ")";
        String sql = "select " + key + " as k, " + labelColumn + " as l, " + TOTALS + from + " where " + where.sql
                + " group by " + key + " order by " + key + " limit " + (Limits.MAX_GROUPS + 1);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setDate(1, Date.valueOf(query.asOf()));
            where.bind(statement, 2);
            List<Group> groups = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    groups.add(new Group(rs.getString(1), rs.getString(2), totals(rs, 3)));
                }
            }
            if (groups.size() > Limits.MAX_GROUPS) {
                throw ApiProblem.businessRule(RuleNames.TOO_MANY_GROUPS,
                        "more than " + Limits.MAX_GROUPS + " groups; narrow the filters");
            }
            return groups;
        } catch (SQLException e) {
            throw new IllegalStateException("due-payments summary failed", e);
        }
    }

    /** The SQL of a page, exactly as sent; the benchmark replays it with pgbench. */
    public static String pageSql(String where, String orderBy) {
        return "select i.id, i.plan_id, i.sequence, i.project_id, i.project_code, i.project_name, i.contract_id,"
                + " i.supplier_id, i.supplier_name, i.supplier_size, i.category, i.trigger_type, i.fiscal_close,"
                + " i.status, i.amount, i.paid_amount, i.due_date, i.statutory_deadline, i.daily_rate,"
                + " i.interest_base, i.interest_from, i.fiscal_year"
                + " from installment i"
                + " where " + where + " order by " + orderBy + " limit ? offset ?";
    }

    private static String allRowsSql(String where, String orderBy) {
        String page = pageSql(where, orderBy);
        return page.substring(0, page.lastIndexOf(" limit ? offset ?"));
    }

    /** The SQL of the totals, exactly as sent. */
    public static String totalsSql(String where) {
        return "select " + TOTALS + " from installment i where " + where;
    }

    /** The where clause of a query, for the benchmark's record of the SQL. */
    public static String whereSql(DuePaymentsQuery query) {
        return where(query).sql;
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                nullableLong(rs, 7), nullableLong(rs, 8), rs.getString(9), enumOf(SupplierSize.class, rs.getString(10)),
                enumOf(Category.class, rs.getString(11)), Trigger.valueOf(rs.getString(12)), rs.getBoolean(13),
                InstallmentStatus.valueOf(rs.getString(14)), rs.getBigDecimal(15), rs.getBigDecimal(16),
                localDate(rs, 17), localDate(rs, 18), rs.getBigDecimal(19), rs.getBigDecimal(20), localDate(rs, 21),
                rs.getInt(22));
    }

    private static Totals totals(ResultSet rs, int first) throws SQLException {
        BigDecimal amount = rs.getBigDecimal(first + 1).setScale(2);
        BigDecimal paid = rs.getBigDecimal(first + 2).setScale(2);
        return new Totals(rs.getLong(first), amount, paid, amount.subtract(paid),
                rs.getBigDecimal(first + 3).setScale(2));
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDate localDate(ResultSet rs, int column) throws SQLException {
        // The driver parses the date itself: no java.sql.Date and no time-zone arithmetic per value.
        return rs.getObject(column, LocalDate.class);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    /** A where clause and its bind values, in order. */
    private record Where(String sql, List<Object> values) {

        int bind(PreparedStatement statement, int first) throws SQLException {
            int index = first;
            for (Object value : values) {
                if (value instanceof LocalDate date) {
                    statement.setDate(index++, Date.valueOf(date));
                } else if (value instanceof Long number) {
                    statement.setLong(index++, number);
                } else if (value instanceof Integer number) {
                    statement.setInt(index++, number);
                } else if (value instanceof Boolean flag) {
                    statement.setBoolean(index++, flag);
                } else {
                    statement.setString(index++, value.toString());
                }
            }
            return index;
        }
    }

    private static Where where(DuePaymentsQuery query) {
        List<String> clauses = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        // Enum names only, never client text: safe as literals, and they let the planner use the partial indexes.
        clauses.add("i.status in (" + query.statuses().stream().map(Enum::name).sorted()
                .map(s -> "'" + s + "'").collect(Collectors.joining(", ")) + ")");
        clauses.add("i.due_date is not null");
        if (query.dueAfter() != null) {
            clauses.add("i.due_date >= ?");
            values.add(query.dueAfter());
        }
        if (query.dueBefore() != null) {
            clauses.add("i.due_date <= ?");
            values.add(query.dueBefore());
        }
        if (query.overdueOnly()) {
            clauses.add("i.due_date < ?");
            values.add(query.asOf());
        }
        if (query.projectId() != null) {
            clauses.add("i.project_id = ?");
            values.add(query.projectId());
        }
        if (query.contractId() != null) {
            clauses.add("i.contract_id = ?");
            values.add(query.contractId());
        }
        if (query.supplierId() != null) {
            clauses.add("i.supplier_id = ?");
            values.add(query.supplierId());
        }
        if (query.supplierSizes() != null && !query.supplierSizes().isEmpty()) {
            clauses.add("i.supplier_size in (" + query.supplierSizes().stream().map(Enum::name).sorted()
                    .map(s -> "'" + s + "'").collect(Collectors.joining(", ")) + ")");
        }
        if (query.category() != null) {
            clauses.add("i.category = '" + query.category().name() + "'");
        }
        if (query.fiscalClose() != null) {
            clauses.add("i.fiscal_close = ?");
            values.add(query.fiscalClose());
        }
        if (query.fiscalYear() != null) {
            clauses.add("i.fiscal_year = ?");
            values.add(query.fiscalYear());
        }
        return new Where(String.join(" and ", clauses), values);
    }
}
