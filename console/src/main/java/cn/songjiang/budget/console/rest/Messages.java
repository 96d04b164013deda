package cn.songjiang.budget.console.rest;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The console's texts ({@code msg:} in templates): Chinese here, English in {@code messages/msg_en.properties}. */
@MessageBundle(value = "msg", locale = "zh-CN")
public interface Messages {

    @Message("松江区政务服务中心 · 预算执行与支付管理")
    String app_title();

    @Message("总览")
    String nav_overview();

    @Message("应付款")
    String nav_due();

    @Message("项目")
    String nav_projects();

    @Message("采购")
    String nav_procurement();

    @Message("预算导入")
    String nav_import();

    @Message("退出登录")
    String sign_out();

    @Message("登录")
    String sign_in();

    @Message("选择演示用户登录（本地模式，令牌由本地平台密钥签发）")
    String sign_in_hint();

    @Message("本地登录未启用：未配置本地签名密钥（console.local.private-key）。")
    String sign_in_disabled();

    @Message("服务暂不可用")
    String unavailable();

    @Message("记录已被他人修改，请重新加载后再操作。")
    String stale();

    @Message("重新加载")
    String reload();

    @Message("已保存。")
    String saved();

    @Message("预算执行（双监控）")
    String overview_execution();

    @Message("采购预算结构")
    String overview_procurement();

    @Message("现金流预测（按月）")
    String overview_forecast();

    @Message("7 日内到期（含已逾期）")
    String overview_due_week();

    @Message("已逾期")
    String overview_overdue();

    @Message("预算总额")
    String budget_total();

    @Message("已签合同")
    String contracted();

    @Message("已排计划")
    String scheduled();

    @Message("已支付")
    String paid();

    @Message("执行率")
    String execution_rate();

    @Message("绩效目标完成度")
    String target_completion();

    @Message("滞后")
    String lagging();

    @Message("超前")
    String leading();

    @Message("项目")
    String project();

    @Message("金额")
    String amount();

    @Message("筛选")
    String filter();

    @Message("导出 Excel")
    String export_xlsx();

    @Message("导出 CSV")
    String export_csv();

    @Message("登记付款")
    String record_payment();

    @Message("冲销")
    String reverse();

    @Message("登记里程碑")
    String record_milestone();

    @Message("合计")
    String totals();

    @Message("语言")
    String language();

    @Message("供应商")
    String col_supplier();

    @Message("期次")
    String col_sequence();

    @Message("触发条件")
    String col_trigger();

    @Message("状态")
    String col_status();

    @Message("应付")
    String col_amount_due();

    @Message("已付")
    String col_amount_paid();

    @Message("未付")
    String col_outstanding();

    @Message("到期日")
    String col_due_date();

    @Message("法定期限")
    String col_statutory();

    @Message("逾期天数")
    String col_days_overdue();

    @Message("逾期利息")
    String col_interest();

    @Message("笔数")
    String col_count();

    @Message("类别")
    String col_category();

    @Message("预算")
    String col_budget();

    @Message("已计划")
    String col_planned();

    @Message("已授予")
    String col_awarded();

    @Message("月份")
    String col_month();

    @Message("已到期")
    String col_due();

    @Message("预计")
    String col_expected();

    @Message("年度")
    String fiscal_year();

    @Message("中小企业预留（财库〔2020〕46号）")
    String sme_reserved();

    @Message("到期天数内（含逾期）")
    String filter_within();

    @Message("逾期")
    String filter_overdue();

    @Message("财政关账前")
    String filter_fiscal_close();

    @Message("供应商规模")
    String filter_supplier_size();

    @Message("排序")
    String filter_sort();

    @Message("每页")
    String filter_size();

    @Message("全部")
    String all();

    @Message("以后")
    String later();

    @Message("未排期")
    String unscheduled();

    @Message("未分配")
    String col_unallocated();

    @Message("超出")
    String overrun();

    @Message("中小企业预留")
    String sme_reserve();

    @Message("计划面向中小企业")
    String sme_planned();

    @Message("授予中小企业")
    String sme_awarded();

    @Message("尚未登记采购预算。")
    String no_procurement_budget();

    @Message("采购计划")
    String procurement_plans();

    @Message("名称")
    String col_title();

    @Message("方式")
    String col_method();

    @Message("中小企业预留")
    String col_sme_reserved();

    @Message("状态变更")
    String col_status_change();

    @Message("新状态")
    String new_status();

    @Message("原因（取消时必填）")
    String status_reason_hint();

    @Message("原因")
    String reason();

    @Message("变更")
    String change();

    @Message("暂无采购计划")
    String no_plans();

    @Message("供应商")
    String suppliers();

    @Message("名称")
    String col_name();

    @Message("统一社会信用代码")
    String credit_code();

    @Message("规模")
    String col_size();

    @Message("暂无")
    String none();

    @Message("登记供应商")
    String register_supplier();

    @Message("统一社会信用代码应为 18 位")
    String credit_code_length();

    @Message("只能包含数字和除 I、O、S、V、Z 以外的大写字母")
    String credit_code_chars();

    @Message("第 3–8 位应为 6 位数字的行政区划代码")
    String credit_code_division();

    @Message("校验码不符合 GB 32100-2015")
    String credit_code_check();

    @Message("联系人")
    String contact_name();

    @Message("联系电话")
    String contact_phone();

    @Message("电子邮箱")
    String contact_email();

    @Message("合同")
    String contracts();

    @Message("签订日期")
    String col_signed_date();

    @Message("变更次数")
    String col_amendments();

    @Message("记录变更")
    String record_amendment();

    @Message("变更原因")
    String amendment_reason();

    @Message("新金额")
    String new_value();

    @Message("履约期开始")
    String period_start();

    @Message("履约期结束")
    String period_end();

    @Message("超出计划金额的批准理由（管理员）")
    String value_over_plan_reason();

    @Message("登记合同")
    String award_contract();

    @Message("采购计划")
    String col_plan();

    @Message("默认为计划名称")
    String contract_title_hint();

    @Message("合同金额")
    String contract_value();

    @Message("付款期限（天）")
    String payment_term_days();

    @Message("逾期利息日利率")
    String late_payment_daily_rate();

    @Message("关联项目付款条款")
    String link_project_payment_terms();

    @Message("实际值")
    String actual_value();

    @Message("截至")
    String as_of();

    @Message("关账前")
    String before_fiscal_close();

    @Message("预算文件")
    String budget_document();

    @Message("条款")
    String col_clause();

    @Message("编码")
    String col_code();

    @Message("完成度")
    String col_completion();

    @Message("计算数")
    String col_computed();

    @Message("预算（更正后）")
    String col_corrected_budget();

    @Message("申报数")
    String col_declared();

    @Message("差额")
    String col_difference();

    @Message("里程碑日期")
    String col_event_date();

    @Message("发现")
    String col_findings();

    @Message("年度")
    String col_fiscal_year();

    @Message("导入时间")
    String col_imported_at();

    @Message("导入人")
    String col_imported_by();

    @Message("指标")
    String col_indicator();

    @Message("最新实际值")
    String col_latest_actual();

    @Message("一级指标")
    String col_level1();

    @Message("二级指标")
    String col_level2();

    @Message("可能原因")
    String col_likely_cause();

    @Message("行")
    String col_line();

    @Message("行数")
    String col_lines();

    @Message("未处理")
    String col_open();

    @Message("付款日期")
    String col_paid_date();

    @Message("比例")
    String col_percent();

    @Message("项目名称")
    String col_project_name();

    @Message("登记人")
    String col_recorded_by();

    @Message("处理")
    String col_resolution();

    @Message("服务月数")
    String col_service_months();

    @Message("原文")
    String col_source_text();

    @Message("原文金额")
    String col_stated_amount();

    @Message("原文写法")
    String col_stated_text();

    @Message("对象")
    String col_subject();

    @Message("目标值")
    String col_target();

    @Message("凭证号")
    String col_voucher();

    @Message("确认")
    String confirm();

    @Message("合同")
    String contract();

    @Message("合同 ID")
    String contract_id();

    @Message("已更正")
    String corrected();

    @Message("更正金额")
    String corrected_amount();

    @Message("日期")
    String date();

    @Message("文件")
    String document();

    @Message("证明材料编号")
    String evidence_ref();

    @Message("核对发现")
    String findings();

    @Message("导入")
    String import_button();

    @Message("导入新文件")
    String import_new();

    @Message("已导入文件")
    String imported_documents();

    @Message("分期")
    String installment();

    @Message("下一页")
    String next_page();

    @Message("否")
    String no();

    @Message("无发现")
    String no_findings();

    @Message("暂无付款计划")
    String no_payment_plans();

    @Message("无付款条款")
    String no_payment_terms();

    @Message("暂无付款")
    String no_payments();

    @Message("未逾期")
    String not_overdue();

    @Message("观测日期")
    String observed_on();

    @Message("English")
    String other_language();

    @Message("仅逾期")
    String overdue_only();

    @Message("页码")
    String page_no();

    @Message("付款计划与里程碑")
    String payment_plans_milestones();

    @Message("付款条款")
    String payment_terms();

    @Message("付款条款（解析结果与原文）")
    String payment_terms_parsed();

    @Message("付款记录")
    String payments();

    @Message("计划")
    String plan();

    @Message("上一页")
    String previous_page();

    @Message("项目 ID")
    String project_id();

    @Message("项目数")
    String projects_count();

    @Message("记录")
    String record();

    @Message("记录实际值")
    String record_actual();

    @Message("处理说明")
    String resolution_note();

    @Message("冲销原因")
    String reversal_reason();

    @Message("已冲销")
    String reversed();

    @Message("原文金额合计")
    String stated_total();

    @Message("绩效目标")
    String targets();

    @Message("总条数")
    String total_items();

    @Message("合计（全部筛选结果）")
    String totals_of_filter();

    @Message("笔")
    String unit_installments();

    @Message("有效")
    String valid();

    @Message("是")
    String yes();

    @Message("货物")
    String category_goods();

    @Message("工程")
    String category_works();

    @Message("服务")
    String category_services();

    @Message("采购预算")
    String procurement_budget();

    @Message("系统管理员")
    String user_admin();

    @Message("预算文件导入、核对发现确认；拥有全部角色")
    String duty_admin();

    @Message("项目经理")
    String user_pm();

    @Message("付款计划、里程碑、绩效目标实际值")
    String duty_pm();

    @Message("采购专员")
    String user_procurement();

    @Message("采购计划、供应商、合同")
    String duty_procurement();

    @Message("财务人员")
    String user_finance();

    @Message("应付款、登记付款、冲销")
    String duty_finance();

    @Message("查看者（审计）")
    String user_viewer();

    @Message("只读：总览与各类报表")
    String duty_viewer();

    @Message("未知角色")
    String unknown_role();
}
