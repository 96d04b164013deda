package cn.songjiang.budget.console.service;

import java.util.List;

/** The demo users of local sign-in, one per role. */
public record DemoUser(String role, String displayName, String duty) {

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("admin", "系统管理员", "预算文件导入、核对发现确认；拥有全部角色"),
            new DemoUser("pm", "项目经理", "付款计划、里程碑、绩效目标实际值"),
            new DemoUser("procurement", "采购专员", "采购计划、供应商、合同"),
            new DemoUser("finance", "财务人员", "应付款、登记付款、冲销"),
            new DemoUser("viewer", "查看者（审计）", "只读：总览与各类报表"));

    public String subject() {
        return "demo-" + role;
    }
}
