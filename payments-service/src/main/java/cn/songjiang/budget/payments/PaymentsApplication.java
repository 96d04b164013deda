package cn.songjiang.budget.payments;

import cn.songjiang.budget.support.database.LocalPlatform;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the payments service, on its own embedded PostgreSQL when no database is configured. */
@QuarkusMain
public class PaymentsApplication {

    public static void main(String... args) {
        LocalPlatform.startIfNotConfigured("payments-service");
        Quarkus.run(args);
    }
}
