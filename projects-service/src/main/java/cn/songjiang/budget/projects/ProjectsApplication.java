package cn.songjiang.budget.projects;

import cn.songjiang.budget.support.database.LocalPlatform;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the projects service, on its own embedded PostgreSQL when no database is configured. */
@QuarkusMain
public class ProjectsApplication {

    public static void main(String... args) {
        LocalPlatform.startIfNotConfigured("projects-service");
        Quarkus.run(args);
    }
}
