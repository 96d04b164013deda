package cn.songjiang.budget.support.conventions;

import cn.songjiang.budget.support.testing.PostgresTestResource;
import java.util.HashMap;
import java.util.Map;

/**
 * The database of the test application: a service's, whose only table is the Envers revision table
 * ({@code AuditRevision}). The application has no migrations, so Hibernate creates that table.
 */
public class SupportTestApplication extends PostgresTestResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("quarkus.hibernate-orm.schema-management.strategy", "drop-and-create");
        return config;
    }
}
