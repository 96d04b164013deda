package cn.songjiang.budget.procurement.rest;

/**
 * Example bodies for the OpenAPI document, taken from the seed department's 2026 procurement budget. The ids are
 * those of the data set the provider conformance test (system-tests, ProcurementConformanceData) loads into a
 * fresh service before Specmatic sends these examples: procurement budget 1 (SJZWFW 2026); suppliers 1 to 5
 * (5: the clothing company, SMALL); plans 1 (数据运营服务, TENDERING with contracts 1 to 6), 2 (政务云, TENDERING),
 * 3 (work uniforms, AWARDED by contract 7) and 4 (volunteers, DRAFT); contract 5 COMPLETED. Examples of the same
 * name in a request and an answer belong together.
 */
final class Examples {

    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";

    /** An ETag naming the version a record has before its first change. */
    static final String ETAG_0 = "\"0\"";
    /** An ETag naming a version that none of the example records has reached. */
    static final String ETAG_STALE = "\"9\"";

    static final String CREATE_BUDGET = """
            {"departmentCode": "SJZWFW", "fiscalYear": 2026}""";

    static final String CREATE_BUDGET_NEXT_YEAR = """
            {"departmentCode": "SJZWFW", "fiscalYear": 2027}""";

    static final String CREATE_BUDGET_UNKNOWN = """
            {"departmentCode": "SJZWFW", "fiscalYear": 2030}""";

    static final String BUDGET_NEXT_YEAR = """
            {
              "id": 2, "departmentCode": "SJZWFW", "fiscalYear": 2027, "currency": "CNY",
              "declared": {"goods": 32775.00, "works": 0.00, "services": 26352441.40, "total": 26385216.40,
                           "smeReserved": 11374441.40, "smallMicroReserved": 0.00,
                           "sumOfCategories": 26385216.40, "sumMatchesTotal": true},
              "categories": [
                {"category": "GOODS", "declared": 32775.00, "planned": 0.00, "awarded": 0.00,
                 "unallocated": 32775.00, "overrun": false},
                {"category": "WORKS", "declared": 0.00, "planned": 0.00, "awarded": 0.00,
                 "unallocated": 0.00, "overrun": false},
                {"category": "SERVICES", "declared": 26352441.40, "planned": 0.00, "awarded": 0.00,
                 "unallocated": 26352441.40, "overrun": false}],
              "totals": {"category": null, "declared": 26385216.40, "planned": 0.00, "awarded": 0.00,
                         "unallocated": 26385216.40, "overrun": false},
              "sme": {"reserved": 11374441.40, "reservedShareOfTotal": 0.4311, "plannedForSme": 0.00,
                      "awardedToSme": 0.00, "smallMicroReserved": 0.00, "plannedForSmallMicro": 0.00,
                      "awardedToSmallMicro": 0.00},
              "createdAt": "2027-01-04T08:00:00Z", "createdBy": "admin", "version": 0
            }""";

    static final String BUDGET = """
            {
              "id": 1, "departmentCode": "SJZWFW", "fiscalYear": 2026, "currency": "CNY",
              "declared": {"goods": 32775.00, "works": 0.00, "services": 26352441.40, "total": 26385216.40,
                           "smeReserved": 11374441.40, "smallMicroReserved": 0.00,
                           "sumOfCategories": 26385216.40, "sumMatchesTotal": true},
              "categories": [
                {"category": "GOODS", "declared": 32775.00, "planned": 32775.00, "awarded": 31800.00,
                 "unallocated": 0.00, "overrun": false},
                {"category": "WORKS", "declared": 0.00, "planned": 0.00, "awarded": 0.00,
                 "unallocated": 0.00, "overrun": false},
                {"category": "SERVICES", "declared": 26352441.40, "planned": 1200000.00, "awarded": 1150000.00,
                 "unallocated": 25152441.40, "overrun": false}],
              "totals": {"category": null, "declared": 26385216.40, "planned": 1232775.00, "awarded": 1181800.00,
                         "unallocated": 25152441.40, "overrun": false},
              "sme": {"reserved": 11374441.40, "reservedShareOfTotal": 0.4311, "plannedForSme": 1232775.00,
                      "awardedToSme": 1181800.00, "smallMicroReserved": 0.00, "plannedForSmallMicro": 0.00,
                      "awardedToSmallMicro": 31800.00},
              "createdAt": "2026-01-05T08:00:00Z", "createdBy": "admin", "version": 0
            }""";

    static final String BUDGET_PAGE = """
            {"items": [{"id": 1, "departmentCode": "SJZWFW", "fiscalYear": 2026, "currency": "CNY",
                        "declared": {"goods": 32775.00, "works": 0.00, "services": 26352441.40, "total": 26385216.40,
                                     "smeReserved": 11374441.40, "smallMicroReserved": 0.00,
                                     "sumOfCategories": 26385216.40, "sumMatchesTotal": true},
                        "categories": [], "totals": {"category": null, "declared": 26385216.40, "planned": 0.00,
                                     "awarded": 0.00, "unallocated": 26385216.40, "overrun": false},
                        "sme": {"reserved": 11374441.40, "reservedShareOfTotal": 0.4311, "plannedForSme": 0.00,
                                "awardedToSme": 0.00, "smallMicroReserved": 0.00, "plannedForSmallMicro": 0.00,
                                "awardedToSmallMicro": 0.00},
                        "createdAt": "2026-01-05T08:00:00Z", "createdBy": "admin", "version": 0}],
             "page": 0, "size": 50, "totalItems": 1, "totalPages": 1}""";

    static final String SME_COMPLIANCE = """
            {
              "budgetId": 1, "departmentCode": "SJZWFW", "fiscalYear": 2026, "currency": "CNY",
              "floors": {"categories": [{"category": "GOODS", "threshold": 2000000.00, "reservedShare": 0.30},
                                        {"category": "WORKS", "threshold": 4000000.00, "reservedShare": 0.30},
                                        {"category": "SERVICES", "threshold": 2000000.00, "reservedShare": 0.30}],
                         "smallMicroShareOfReserved": 0.60},
              "declared": {"total": 26385216.40, "smeReserved": 11374441.40, "smeReservedShare": 0.4311,
                           "smallMicroReserved": 0.00, "smallMicroShareOfReserved": 0.0000},
              "planned": {"total": 3032775.00, "smeReserved": 932775.00, "smeReservedShare": 0.3076,
                          "smallMicroReserved": 540000.00, "smallMicroShareOfReserved": 0.5789},
              "plannedByCategory": [],
              "plansAboveThreshold": [{"planId": 4, "projectCode": "SJZWFW-2026-P07", "category": "SERVICES",
                  "amount": 3000000.00, "threshold": 2000000.00, "smeReserved": 900000.00, "smeReservedShare": 0.3000,
                  "requiredShare": 0.30, "meetsReservedShare": true, "smallMicroReserved": 540000.00,
                  "smallMicroShareOfReserved": 0.6000, "requiredSmallMicroShare": 0.60, "meetsSmallMicroShare": true,
                  "exemptionReason": null}],
              "awards": {"awarded": 31800.00, "awardedToSme": 31800.00, "awardedToSmallMicro": 31800.00,
                         "plannedSmeReserved": 932775.00, "awardedToSmeShareOfPlannedReserved": 0.0341,
                         "declaredSmeReserved": 11374441.40, "awardedToSmeShareOfDeclaredReserved": 0.0028,
                         "plannedSmallMicroReserved": 540000.00, "awardedToSmallMicroShareOfPlannedReserved": 0.0589},
              "warnings": [{"code": "DECLARED_SMALL_MICRO_SHARE_BELOW_FLOOR", "planId": null, "category": null,
                  "reason": "Declared reserve for small and micro enterprises is 0.00 元, 0 % of the 11374441.40 元 SME reserve; 财库〔2020〕46号 第八条 asks at least 60 % of a reserve for them"}]
            }""";

    static final String PLAN = """
            {"id": 3, "budgetId": 1, "projectId": 1, "projectCode": "SJZWFW-2026-P01",
             "title": "政务服务中心窗口工作服采购", "category": "GOODS", "method": "REQUEST_FOR_QUOTATION",
             "methodLabel": "询价", "amount": 32775.00, "currency": "CNY", "smeReservation": "WHOLE",
             "smeReserved": 32775.00, "smallMicroReserved": 0.00, "smeExemptionReason": null,
             "categoryOverrunReason": null, "categoryOverrunConfirmedBy": null, "status": "DRAFT", "statusReason": null, "awarded": 0.00,
             "createdAt": "2026-01-10T02:00:00Z", "createdBy": "procurement-officer", "version": 0}""";

    static final String PLAN_REQUEST_TELECOM = """
            {"projectId": 35, "title": "中心电信移动电话宽带", "category": "SERVICES", "method": "SINGLE_SOURCE",
             "amount": 300000.00, "smeReservation": "NONE",
             "smeExemptionReason": "电信运营商提供的通信专线服务，只能从中小企业之外的供应商处采购"}""";

    static final String PLAN_TELECOM = """
            {"id": 5, "budgetId": 1, "projectId": 35, "projectCode": "SJZWFW-2026-P35",
             "title": "中心电信移动电话宽带", "category": "SERVICES", "method": "SINGLE_SOURCE",
             "methodLabel": "单一来源", "amount": 300000.00, "currency": "CNY", "smeReservation": "NONE",
             "smeReserved": 0.00, "smallMicroReserved": 0.00,
             "smeExemptionReason": "电信运营商提供的通信专线服务，只能从中小企业之外的供应商处采购",
             "categoryOverrunReason": null, "categoryOverrunConfirmedBy": null, "status": "DRAFT", "statusReason": null,
             "awarded": 0.00, "createdAt": "2026-01-12T02:00:00Z", "createdBy": "procurement-officer", "version": 0}""";

    /** A works plan: the seed department declared no works budget, so any amount overruns it. */
    static final String PLAN_REQUEST_WORKS = """
            {"projectId": 1, "title": "政务服务中心窗口改造", "category": "WORKS", "method": "PUBLIC_TENDER",
             "amount": 100000.00, "smeReservation": "WHOLE"}""";

    static final String PLAN_APPROVED = """
            {"id": 4, "budgetId": 1, "projectId": 42, "projectCode": "SJZWFW-2026-P42",
             "title": "政务服务中心志愿者服务", "category": "SERVICES", "method": "COMPETITIVE_CONSULTATION",
             "methodLabel": "竞争性磋商", "amount": 240000.00, "currency": "CNY", "smeReservation": "WHOLE",
             "smeReserved": 240000.00, "smallMicroReserved": 0.00, "smeExemptionReason": null,
             "categoryOverrunReason": null, "categoryOverrunConfirmedBy": null, "status": "APPROVED",
             "statusReason": "经中心主任办公会审议通过", "awarded": 0.00,
             "createdAt": "2026-01-10T02:00:00Z", "createdBy": "procurement-officer", "version": 1}""";

    static final String PLAN_STATUS_TENDERING = """
            {"status": "TENDERING"}""";

    static final String PLAN_STATUS_AWARDED = """
            {"status": "AWARDED"}""";

    static final String PLAN_STATUS_CANCELLED = """
            {"status": "CANCELLED"}""";

    static final String PLAN_PAGE = "{\"items\": [" + PLAN + "], \"page\": 0, \"size\": 50, \"totalItems\": 1, "
            + "\"totalPages\": 1}";

    static final String PLAN_HISTORY = """
            [{"revision": 4, "changedAt": "2026-01-10T02:00:00Z", "changedBy": "procurement-officer",
              "changedById": "f3b2c1d0-6a4e-4d8b-9c1a-2e7f5b8d9a10", "change": "ADD",
              "state": {"id": 3, "budgetId": 1, "projectId": 1, "projectCode": "SJZWFW-2026-P01",
                        "title": "政务服务中心窗口工作服采购", "category": "GOODS", "method": "REQUEST_FOR_QUOTATION",
                        "methodLabel": "询价", "amount": 32775.00, "currency": "CNY", "smeReservation": "WHOLE",
                        "smeReserved": 32775.00, "smallMicroReserved": 0.00, "smeExemptionReason": null,
                        "categoryOverrunReason": null, "categoryOverrunConfirmedBy": null, "status": "DRAFT",
                        "statusReason": null, "awarded": null, "createdAt": "2026-01-10T02:00:00Z",
                        "createdBy": "procurement-officer", "version": 0}}]""";

    static final String PLAN_STATUS = """
            {"status": "APPROVED", "reason": "经中心主任办公会审议通过"}""";

    static final String SUPPLIER_REQUEST = """
            {"name": "上海松江服饰有限公司", "creditCode": "91310117MA1J3B7K2M", "size": "SMALL",
             "contact": {"name": "王经理", "phone": "021-57000000", "email": "sales@example.cn"}}""";

    /** Supplier 5's entry with the last character of its credit code mistyped. */
    static final String SUPPLIER_REQUEST_MISTYPED = """
            {"name": "上海松江服饰有限公司", "creditCode": "91310117MA1J3B7K2N", "size": "SMALL",
             "contact": {"name": "王经理", "phone": "021-57000000", "email": "sales@example.cn"}}""";

    static final String SUPPLIER_REQUEST_NEW = """
            {"name": "上海车墩影视服务有限公司", "creditCode": "91310117MA1P5D9N45", "size": "MEDIUM",
             "contact": {"name": "李女士", "phone": "021-57001234", "email": null}}""";

    static final String SUPPLIER_NEW = """
            {"id": 6, "name": "上海车墩影视服务有限公司", "creditCode": "91310117MA1P5D9N45", "size": "MEDIUM",
             "contact": {"name": "李女士", "phone": "021-57001234", "email": null}, "version": 0}""";

    static final String SUPPLIER_UPDATE = """
            {"name": "上海松江服饰有限公司", "creditCode": "91310117MA1J3B7K2M", "size": "MEDIUM",
             "contact": {"name": "王经理", "phone": "021-57000000", "email": "sales@example.cn"}}""";

    /** Supplier 5's entry with the credit code of supplier 1. */
    static final String SUPPLIER_UPDATE_TAKEN_CODE = """
            {"name": "上海松江服饰有限公司", "creditCode": "91310117MA1FP4QX7G", "size": "SMALL",
             "contact": {"name": "王经理", "phone": "021-57000000", "email": "sales@example.cn"}}""";

    static final String SUPPLIER_MEDIUM = """
            {"id": 5, "name": "上海松江服饰有限公司", "creditCode": "91310117MA1J3B7K2M", "size": "MEDIUM",
             "contact": {"name": "王经理", "phone": "021-57000000", "email": "sales@example.cn"}, "version": 1}""";

    static final String SUPPLIER = """
            {"id": 5, "name": "上海松江服饰有限公司", "creditCode": "91310117MA1J3B7K2M", "size": "SMALL",
             "contact": {"name": "王经理", "phone": "021-57000000", "email": "sales@example.cn"}, "version": 0}""";

    static final String SUPPLIER_HISTORY = "[{\"revision\": 2, \"changedAt\": \"2026-01-08T02:00:00Z\", "
            + "\"changedBy\": \"procurement-officer\", \"changedById\": \"f3b2c1d0-6a4e-4d8b-9c1a-2e7f5b8d9a10\", "
            + "\"change\": \"ADD\", \"state\": " + SUPPLIER + "}]";

    static final String SUPPLIER_PAGE = "{\"items\": [" + SUPPLIER + "], \"page\": 0, \"size\": 50, "
            + "\"totalItems\": 1, \"totalPages\": 1}";

    static final String CONTRACT_REQUEST_CLOUD = """
            {"planId": 2, "supplierId": 3, "title": "2026年政务云运营运维服务合同", "value": 5880000.00,
             "signedDate": "2026-03-10", "periodStart": "2026-04-01", "periodEnd": "2027-03-31",
             "paymentTermDays": 90}""";

    static final String CONTRACT_CLOUD = """
            {"id": 8, "projectId": 17, "projectCode": "SJZWFW-2026-P17", "planId": 2, "category": "SERVICES",
             "title": "2026年政务云运营运维服务合同",
             "supplier": {"id": 3, "name": "上海松江通信服务有限公司", "creditCode": "91310117MA1T6K8W3D", "size": "LARGE"},
             "supplierSizeAtSigning": "LARGE", "value": 5880000.00, "originalValue": 5880000.00, "currency": "CNY",
             "signedDate": "2026-03-10", "periodStart": "2026-04-01", "periodEnd": "2027-03-31",
             "paymentTermDays": 90, "latePaymentDailyRate": null, "valueOverPlanReason": null, "valueOverPlanApprovedBy": null,
             "projectPaymentTermsLinked": false, "status": "ACTIVE", "statusReason": null, "amendmentCount": 0,
             "version": 0}""";

    /** A medium-sized supplier (an SME) offered 90 days to be paid. */
    static final String CONTRACT_REQUEST_SME_TERM = """
            {"planId": 1, "supplierId": 1, "title": "数据运营服务第7包", "value": 100000.00,
             "signedDate": "2026-02-20", "periodStart": "2026-03-01", "periodEnd": "2026-12-31",
             "paymentTermDays": 90}""";

    /** A second lot on the work uniforms plan, which contract 7 has almost used up. */
    static final String CONTRACT_REQUEST_ABOVE_PLAN = """
            {"planId": 3, "supplierId": 5, "title": "2026年夏季工作服定制合同", "value": 40000.00,
             "signedDate": "2026-05-06", "periodStart": "2026-05-06", "periodEnd": "2026-08-31"}""";

    static final String CONTRACT_COMPLETED = """
            {"id": 6, "projectId": 30, "projectCode": "SJZWFW-2026-P30", "planId": 1, "category": "SERVICES",
             "title": "数据运营服务第6包",
             "supplier": {"id": 1, "name": "上海九峰数据服务有限公司", "creditCode": "91310117MA1FP4QX7G", "size": "MEDIUM"},
             "supplierSizeAtSigning": "MEDIUM", "value": 100000.00, "originalValue": 100000.00, "currency": "CNY",
             "signedDate": "2026-02-20", "periodStart": "2026-03-01", "periodEnd": "2026-12-31",
             "paymentTermDays": 30, "latePaymentDailyRate": null, "valueOverPlanReason": null, "valueOverPlanApprovedBy": null,
             "projectPaymentTermsLinked": false, "status": "COMPLETED", "statusReason": "服务期满，终验通过",
             "amendmentCount": 0, "version": 1}""";

    static final String CONTRACT_STATUS_TERMINATED = """
            {"status": "TERMINATED", "reason": "供应商书面申请解除合同"}""";

    static final String AMENDMENT_REQUEST_ABOVE_PLAN = """
            {"reason": "补充协议：增加夏季工作服20套", "value": 40000.00}""";

    static final String CONTRACT = """
            {"id": 7, "projectId": 1, "projectCode": "SJZWFW-2026-P01", "planId": 3, "category": "GOODS",
             "title": "2026年窗口工作服定制合同",
             "supplier": {"id": 5, "name": "上海松江服饰有限公司", "creditCode": "91310117MA1J3B7K2M", "size": "SMALL"},
             "supplierSizeAtSigning": "SMALL", "value": 31800.00, "originalValue": 31800.00, "currency": "CNY",
             "signedDate": "2026-03-02", "periodStart": "2026-03-02", "periodEnd": "2026-11-30",
             "paymentTermDays": 30, "latePaymentDailyRate": 0.0005, "valueOverPlanReason": null, "valueOverPlanApprovedBy": null,
             "projectPaymentTermsLinked": false, "status": "ACTIVE", "statusReason": null, "amendmentCount": 0,
             "version": 0}""";

    static final String CONTRACT_HISTORY = "[{\"revision\": 9, \"changedAt\": \"2026-03-02T06:00:00Z\", "
            + "\"changedBy\": \"procurement-officer\", \"changedById\": \"f3b2c1d0-6a4e-4d8b-9c1a-2e7f5b8d9a10\", "
            + "\"change\": \"ADD\", \"state\": " + CONTRACT + "}]";

    static final String CONTRACT_PAGE = "{\"items\": [" + CONTRACT + "], \"page\": 0, \"size\": 50, "
            + "\"totalItems\": 1, \"totalPages\": 1}";

    static final String AMENDMENT_REQUEST = """
            {"reason": "补充协议：服务期延长至12月15日", "periodEnd": "2026-12-15"}""";

    static final String AMENDMENT = """
            {"contractId": 7, "sequence": 1, "reason": "补充协议：服务期延长至12月15日",
             "previousValue": 31800.00, "newValue": 31800.00,
             "previousPeriodStart": "2026-03-02", "newPeriodStart": "2026-03-02",
             "previousPeriodEnd": "2026-11-30", "newPeriodEnd": "2026-12-15",
             "valueOverPlanReason": null, "amendedBy": "procurement-officer", "amendedAt": "2026-06-01T03:00:00Z"}""";

    static final String AMENDMENTS = "[" + AMENDMENT + "]";

    static final String CONTRACT_STATUS = """
            {"status": "COMPLETED", "reason": "服务期满，终验通过"}""";

    static final String PROBLEM_400 = """
            {"type": "urn:budget:problem:validation", "title": "Invalid request", "status": 400,
             "detail": "amount: must be greater than or equal to 0.01",
             "violations": [{"field": "amount", "reason": "must be greater than or equal to 0.01"}]}""";

    static final String PROBLEM_404_PLAN = """
            {"type": "urn:budget:problem:not-found", "title": "Not found", "status": 404,
             "detail": "Procurement plan 999 does not exist"}""";

    static final String PROBLEM_404_SUPPLIER = """
            {"type": "urn:budget:problem:not-found", "title": "Not found", "status": 404,
             "detail": "Supplier 999 does not exist"}""";

    static final String PROBLEM_409_DUPLICATE = """
            {"type": "urn:budget:problem:duplicate", "title": "Conflict", "status": 409,
             "detail": "Supplier 5 already has credit code 91310117MA1J3B7K2M"}""";

    static final String PROBLEM_409_DUPLICATE_UPDATE = """
            {"type": "urn:budget:problem:duplicate", "title": "Conflict", "status": 409,
             "detail": "Supplier 1 already has credit code 91310117MA1FP4QX7G"}""";

    static final String PROBLEM_409_TRANSITION = """
            {"type": "urn:budget:problem:plan-status-transition", "title": "Conflict", "status": 409,
             "detail": "Plan 4 is DRAFT and cannot become TENDERING; allowed next: [APPROVED, CANCELLED]"}""";

    static final String PROBLEM_422_CATEGORY = """
            {"type": "urn:budget:problem:business-rule", "title": "Business rule broken", "status": 422,
             "rule": "plans-within-category-budget",
             "detail": "amount: WORKS plans would total 100000.00 元, above the declared 工程 budget of 0.00 元 (0.00 元 planned already); only an admin can confirm an overrun, with categoryOverrunReason",
             "violations": [{"field": "amount", "reason": "WORKS plans would total 100000.00 元, above the declared 工程 budget of 0.00 元 (0.00 元 planned already); only an admin can confirm an overrun, with categoryOverrunReason"}]}""";

    static final String PROBLEM_422_DEPARTMENT = """
            {"type": "urn:budget:problem:business-rule", "title": "Business rule broken", "status": 422,
             "rule": "department-budget-must-exist",
             "detail": "departmentCode: projects-service has no 2030 budget of department SJZWFW",
             "violations": [{"field": "departmentCode", "reason": "projects-service has no 2030 budget of department SJZWFW"}]}""";

    static final String PROBLEM_422_CREDIT_CODE = """
            {"type": "urn:budget:problem:business-rule", "title": "Business rule broken", "status": 422,
             "rule": "credit-code-gb32100",
             "detail": "creditCode: check character is 'N' but GB 32100-2015 gives 'M'",
             "violations": [{"field": "creditCode", "reason": "check character is 'N' but GB 32100-2015 gives 'M'"}]}""";

    static final String PROBLEM_422_PAYMENT_TERM = """
            {"type": "urn:budget:problem:business-rule", "title": "Business rule broken", "status": 422,
             "rule": "sme-payment-term-at-most-60-days",
             "detail": "paymentTermDays: 90 days is longer than the 60 days 保障中小企业款项支付条例 allows for a MEDIUM supplier",
             "violations": [{"field": "paymentTermDays", "reason": "90 days is longer than the 60 days 保障中小企业款项支付条例 allows for a MEDIUM supplier"}]}""";

    static final String PROBLEM_422_AWARDED_BY_CONTRACT = """
            {"type": "urn:budget:problem:business-rule", "title": "Business rule broken", "status": 422,
             "rule": "plan-awarded-by-contract",
             "detail": "status: a plan becomes AWARDED when a contract is awarded on it (POST /api/v1/contracts)",
             "violations": [{"field": "status", "reason": "a plan becomes AWARDED when a contract is awarded on it (POST /api/v1/contracts)"}]}""";

    static final String PROBLEM_422_WITHIN_PLAN = """
            {"type": "urn:budget:problem:business-rule", "title": "Business rule broken", "status": 422,
             "rule": "contract-value-within-plan",
             "detail": "value: the contracts on plan 3 would total 40000.00 元, above the planned 32775.00 元; only an admin can approve the excess, with valueOverPlanReason",
             "violations": [{"field": "value", "reason": "the contracts on plan 3 would total 40000.00 元, above the planned 32775.00 元; only an admin can approve the excess, with valueOverPlanReason"}]}""";

    static final String PROBLEM_422_SECOND_LOT_ABOVE_PLAN = """
            {"type": "urn:budget:problem:business-rule", "title": "Business rule broken", "status": 422,
             "rule": "contract-value-within-plan",
             "detail": "value: the contracts on plan 3 would total 71800.00 元, above the planned 32775.00 元; only an admin can approve the excess, with valueOverPlanReason",
             "violations": [{"field": "value", "reason": "the contracts on plan 3 would total 71800.00 元, above the planned 32775.00 元; only an admin can approve the excess, with valueOverPlanReason"}]}""";

    static final String PROBLEM_409_NOT_ACTIVE = """
            {"type": "urn:budget:problem:contract-amendable-only-when-active", "title": "Conflict", "status": 409,
             "detail": "Contract 5 is COMPLETED and can no longer be amended"}""";

    static final String PROBLEM_409_CONTRACT_TRANSITION = """
            {"type": "urn:budget:problem:contract-status-transition", "title": "Conflict", "status": 409,
             "detail": "Contract 5 is COMPLETED and cannot become TERMINATED; allowed next: []"}""";

    static final String PROBLEM_503 = """
            {"type": "urn:budget:problem:dependency-unavailable", "title": "Service unavailable", "status": 503,
             "detail": "projects-service is unavailable (not reachable or failing); nothing was stored"}""";

    private Examples() {
    }
}
