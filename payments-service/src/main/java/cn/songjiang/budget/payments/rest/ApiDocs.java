package cn.songjiang.budget.payments.rest;

/** Example bodies shown in the OpenAPI document. */
final class ApiDocs {

    static final String PLAN_FROM_TEMPLATE = """
            {"contractId": 12, "template": "30/40/30"}""";

    static final String PLAN_FROM_TERMS = """
            {"contractId": 12}""";

    static final String DIRECT_RECURRING_PLAN = """
            {"projectId": 7, "value": 1200000.00, "recurring": {"recurrence": "MONTHLY"}}""";

    static final String EVENT = """
            {"trigger": "FINAL_ACCEPTANCE", "date": "2026-03-02", "evidenceRef": "验收报告 SJZWFW-2026-017"}""";

    static final String PAYMENT = """
            {"amount": 300000.00, "paidDate": "2026-04-20", "voucherNo": "记-2026-04-0137"}""";

    static final String REVERSAL = """
            {"reason": "银行退票：收款账号错误"}""";

    static final String AMENDMENT = """
            {"reason": "补充协议：中期验收分两次", "installments": [
              {"percent": 50, "trigger": "STAGE_ACCEPTANCE"},
              {"percent": 50, "trigger": "FINAL_ACCEPTANCE"}]}""";

    private ApiDocs() {
    }
}
