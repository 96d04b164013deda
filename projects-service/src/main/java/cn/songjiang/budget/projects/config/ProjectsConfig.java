package cn.songjiang.budget.projects.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Business settings of the projects service that are not about the import. */
@ConfigMapping(prefix = "projects")
public interface ProjectsConfig {

    /** Time zone of "today", for instance the latest day an actual may be observed on. */
    @WithDefault("Asia/Shanghai")
    String zone();
}
