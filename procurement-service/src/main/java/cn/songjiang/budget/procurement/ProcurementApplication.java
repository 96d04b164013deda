package cn.songjiang.budget.procurement;

import cn.songjiang.budget.support.database.LocalPlatform;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the procurement service, on its own embedded PostgreSQL when no database is configured. */
@QuarkusMain
public class ProcurementApplication {

    public static void main(String... args) {
        LocalPlatform.startIfNotConfigured("procurement-service");
        Quarkus.run(args);
    }
}
