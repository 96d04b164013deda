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

    @Message("您已退出登录。")
    String signed_out();

    @Message("重新登录")
    String sign_in_again();

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
}
