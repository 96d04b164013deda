package cn.songjiang.budget.projects.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** Settings of the budget-document import. */
@ConfigMapping(prefix = "budget.import")
public interface ImportConfig {

    /**
     * Department code → the department name as the document prints it after 预算主管部门：; a document of a
     * department not listed here is imported only with the code named in the request ({@code departmentCode}).
     */
    @WithDefault("SJZWFW=上海市松江区政务服务中心")
    Map<String, String> departments();
}
