package cn.songjiang.budget.projects.rest;

/** Example bodies for the OpenAPI document, taken from the seed department's 2026 budget document. */
final class Examples {

    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String MARKDOWN = "text/markdown";
    static final String TEXT = "text/plain";

    static final String DOCUMENT_TEXT = """
            # 上海市松江区2026年区级部门预算

            预算主管部门：上海市松江区政务服务中心
            …
            ## 六、年度预算安排

            2026年，松江区政务服务中心工作服项目财政资金预算安排金额为37.90万元，…""";

    static final String DOCUMENT = """
            {"id": 1, "contentHash": "b7b15406f0cc75175a8292f049a496dba9c7b085a09250006d62d3a39b5acc5d",
             "departmentCode": "SJZWFW", "fiscalYear": 2026, "title": "上海市松江区2026年区级部门预算",
             "lineCount": 1750, "projectCount": 43, "findingCount": 4, "openFindingCount": 4,
             "importedAt": "2026-01-05T08:00:00Z", "importedBy": "admin"}""";

    static final String DOCUMENT_PAGE = "{\"items\": [" + DOCUMENT + "], \"page\": 0, \"size\": 50, "
            + "\"totalItems\": 1, \"totalPages\": 1}";

    static final String FINDING = """
            {"id": 1, "documentId": 1, "code": "PROJECT_AMOUNT_UNIT",
             "subject": "SJZWFW-2026-P07 松江区大数据资源平台（运维）项目: stated amount vs the amount the totals imply",
             "declared": 156.36, "computed": 1563600.00, "difference": -1563443.64, "lines": [176, 333, 563],
             "likelyCause": "SJZWFW-2026-P07 松江区大数据资源平台（运维）项目 states 156.36元 (line 563) where project amounts are stated in 万元; read as 156.36万元 = 1563600.00 元; with this correction and the one(s) for SJZWFW-2026-P40 the projects sum exactly to 项目支出 (line 176) and to the 绩效目标 total (line 333)",
             "projectId": 7, "projectCode": "SJZWFW-2026-P07", "suggestedAmount": 1563600.00, "status": "OPEN",
             "resolution": null, "version": 0}""";

    static final String FINDING_RESOLVED = """
            {"id": 1, "documentId": 1, "code": "PROJECT_AMOUNT_UNIT",
             "subject": "SJZWFW-2026-P07 松江区大数据资源平台（运维）项目: stated amount vs the amount the totals imply",
             "declared": 156.36, "computed": 1563600.00, "difference": -1563443.64, "lines": [176, 333, 563],
             "likelyCause": "…", "projectId": 7, "projectCode": "SJZWFW-2026-P07", "suggestedAmount": 1563600.00,
             "status": "RESOLVED",
             "resolution": {"correctedAmount": 1563600.00, "reason": "年度预算安排 omits 万: 156.36万元 per the totals",
                            "resolvedBy": "admin", "resolvedAt": "2026-01-06T09:30:00Z"},
             "version": 1}""";

    static final String FINDING_PAGE = """
            {"items": [{"id": 3, "documentId": 1, "code": "PROJECT_SUM_VS_PROJECT_EXPENDITURE",
              "subject": "sum of the 43 project amounts vs 项目支出 of 支出预算总表", "declared": 76205501.91,
              "computed": 73656156.87, "difference": 2549345.04, "lines": [176, 563, 1648],
              "likelyCause": "the 万元 unit is missing from SJZWFW-2026-P07 156.36元 (line 563) → 156.36万元 and SJZWFW-2026-P40 98.60元 (line 1648) → 98.60万元; with these 2 corrections the projects sum exactly to the declared total",
              "projectId": null, "projectCode": null, "suggestedAmount": null, "status": "OPEN", "resolution": null,
              "version": 0}],
             "page": 0, "size": 50, "totalItems": 1, "totalPages": 1}""";

    static final String RESOLUTION = """
            {"correctedAmount": 1563600.00, "reason": "年度预算安排 omits 万: 156.36万元 per the totals"}""";

    static final String RESOLUTION_WITHOUT_AMOUNT = """
            {"reason": "explained by the corrections of P07 and P40"}""";

    static final String RESOLUTION_OF_A_TOTAL = """
            {"correctedAmount": 2549345.04, "reason": "the shortfall of the 43 projects against the 绩效目标 total"}""";

    static final String FINDING_CLOSED = """
            {"id": 3, "documentId": 1, "code": "PROJECT_SUM_VS_PROJECT_EXPENDITURE",
             "subject": "sum of the 43 project amounts vs 项目支出 of 支出预算总表", "declared": 76205501.91,
             "computed": 73656156.87, "difference": 2549345.04, "lines": [176, 563, 1648],
             "likelyCause": "the 万元 unit is missing from SJZWFW-2026-P07 156.36元 (line 563) → 156.36万元 and SJZWFW-2026-P40 98.60元 (line 1648) → 98.60万元; with these 2 corrections the projects sum exactly to the declared total",
             "projectId": null, "projectCode": null, "suggestedAmount": null, "status": "RESOLVED",
             "resolution": {"correctedAmount": null, "reason": "explained by the corrections of P07 and P40",
                            "resolvedBy": "admin", "resolvedAt": "2026-01-06T09:35:00Z"},
             "version": 1}""";

    static final String FINDING_REVISIONS = """
            [{"revision": 1, "changedAt": "2026-01-05T08:00:00Z", "changedBy": "admin",
              "changedById": "f3b2c1d0-6a4e-4d8b-9c1a-2e7f5b8d9a10", "change": "ADD",
              "status": "OPEN", "declared": 156.36, "computed": 1563600.00, "suggestedAmount": 1563600.00,
              "resolvedAmount": null, "resolutionReason": null, "resolvedBy": null},
             {"revision": 2, "changedAt": "2026-01-06T09:30:00Z", "changedBy": "admin",
               "changedById": "f3b2c1d0-6a4e-4d8b-9c1a-2e7f5b8d9a10", "change": "MOD",
              "status": "RESOLVED", "declared": 156.36, "computed": 1563600.00, "suggestedAmount": 1563600.00,
              "resolvedAmount": 1563600.00, "resolutionReason": "年度预算安排 omits 万", "resolvedBy": "admin"}]""";

    static final String PAYMENT_TERMS = """
            {"kind": "INSTALLMENTS", "recurrence": null,
             "installments": [
               {"sequence": 1, "percent": 30.00, "trigger": "CONTRACT_SIGNED", "serviceMonths": null, "dueDate": null,
                "clauseText": "项目合同签订后，支付合同金额的30%"},
               {"sequence": 2, "percent": 40.00, "trigger": "FIXED_DATE", "serviceMonths": null, "dueDate": "2026-11-10",
                "clauseText": "11月上旬（财政关账前）支付40%"},
               {"sequence": 3, "percent": 30.00, "trigger": "FINAL_ACCEPTANCE", "serviceMonths": null, "dueDate": null,
                "clauseText": "结束服务期并通过验收后支付剩余的30%"}],
             "recurringItems": [],
             "clauseText": "按工作内容实施项目采购，项目合同签订后，支付合同金额的30%，11月上旬（财政关账前）支付40%，结束服务期并通过验收后支付剩余的30%。",
             "lines": [689]}""";

    static final String PROJECT_PAGE = """
            {"items": [{"id": 11, "code": "SJZWFW-2026-P11", "name": "松江区电子证照社会化应用平台项目（运维）",
              "fiscalYear": 2026, "departmentCode": "SJZWFW", "amount": 59584.00, "statedAmount": 59584.00,
              "amountAsWritten": "5.9584万元", "corrected": false, "targetCompletion": null,
              "paymentTerms": {"kind": "INSTALLMENTS", "recurrence": null,
                "installments": [
                  {"sequence": 1, "percent": 30.00, "trigger": "CONTRACT_SIGNED", "serviceMonths": null,
                   "dueDate": null, "clauseText": "项目合同签订后，支付合同金额的30%"},
                  {"sequence": 2, "percent": 40.00, "trigger": "FIXED_DATE", "serviceMonths": null,
                   "dueDate": "2026-11-10", "clauseText": "11月上旬（财政关账前）支付40%"},
                  {"sequence": 3, "percent": 30.00, "trigger": "FINAL_ACCEPTANCE", "serviceMonths": null,
                   "dueDate": null, "clauseText": "结束服务期并通过验收后支付剩余的30%"}],
                "recurringItems": [], "clauseText": "按工作内容实施项目采购，项目合同签订后，…", "lines": [689]}}],
             "page": 0, "size": 50, "totalItems": 1, "totalPages": 1}""";

    static final String PROJECT = """
            {"id": 7, "code": "SJZWFW-2026-P07", "sequence": 7, "name": "松江区大数据资源平台（运维）项目",
             "fiscalYear": 2026, "departmentCode": "SJZWFW", "amount": 1563600.00, "statedAmount": 156.36,
             "amountAsWritten": "156.36元", "amountLine": 563,
             "correction": {"findingId": 1, "reason": "年度预算安排 omits 万: 156.36万元 per the totals"},
             "breakdown": [], "periodStart": "2026-01-01", "periodEnd": "2026-12-31",
             "implementingBody": "上海市松江区政务服务中心",
             "overview": "松江区大数据资源平台（运维）项目，主要实施内容为松江区大数据资源平台（一期）的运维工作。",
             "legalBasis": "松江大数据资源平台支撑了松江区政府数据归集、加工、建库、共享、分析等服务需求。…",
             "planText": "项目运维内容包括数据基础支撑子系统、…",
             "targetNote": "详见《上海市松江区政务服务中心2026年度项目绩效目标汇总表》。",
             "paymentTerms": {"kind": "INSTALLMENTS", "recurrence": null,
               "installments": [
                 {"sequence": 1, "percent": 30.00, "trigger": "SERVICE_ELAPSED", "serviceMonths": 1, "dueDate": null,
                  "clauseText": "项目合同签订后且服务期满一个月，支付合同总价的30%"},
                 {"sequence": 2, "percent": 40.00, "trigger": "SERVICE_ELAPSED", "serviceMonths": 6, "dueDate": null,
                  "clauseText": "服务期满6个月后支付40%"},
                 {"sequence": 3, "percent": 30.00, "trigger": "FINAL_ACCEPTANCE", "serviceMonths": null,
                  "dueDate": null, "clauseText": "结束服务期并通过验收后支付剩余的30%"}],
               "recurringItems": [], "clauseText": "按工作内容实施项目采购，项目合同签订后且服务期满一个月，…",
               "lines": [555]},
             "targets": [], "targetCompletion": null, "headingLine": 537, "version": 1}""";

    static final String PROJECT_REVISIONS = """
            [{"revision": 1, "changedAt": "2026-01-05T08:00:00Z", "changedBy": "admin",
              "changedById": "f3b2c1d0-6a4e-4d8b-9c1a-2e7f5b8d9a10", "change": "ADD",
              "amount": 156.36, "statedAmount": 156.36, "amountAsWritten": "156.36元", "correctionFindingId": null,
              "correctionReason": null, "paymentTermKind": "INSTALLMENTS"},
             {"revision": 2, "changedAt": "2026-01-06T09:30:00Z", "changedBy": "admin",
               "changedById": "f3b2c1d0-6a4e-4d8b-9c1a-2e7f5b8d9a10", "change": "MOD",
              "amount": 1563600.00, "statedAmount": 156.36, "amountAsWritten": "156.36元", "correctionFindingId": 1,
              "correctionReason": "年度预算安排 omits 万: 156.36万元 per the totals", "paymentTermKind": "INSTALLMENTS"}]""";

    static final String TARGET = """
            {"id": 33, "projectId": 30, "level1": "OUTPUT", "level2": "QUANTITY", "name": "驻场服务团队人数",
             "comparator": "GE", "value": 21.0000, "unit": "人", "deadline": null, "approximate": false,
             "origin": "DOCUMENT", "sourceText": "不少于21人的驻场服务团队", "sourceLine": 1314,
             "latestActual": {"id": 5, "targetId": 33, "value": 22.0000, "observedOn": "2026-03-31",
                              "note": "驻场考勤表 2026年3月", "recordedBy": "pm", "recordedAt": "2026-04-01T02:00:00Z"},
             "completionRatio": 1.0476, "version": 0}""";

    static final String TARGET_RAISE_REQUEST = """
            {"level1": "OUTPUT", "level2": "QUANTITY", "name": "驻场服务团队人数", "comparator": "GE",
             "value": 22, "unit": "人", "deadline": null, "approximate": false}""";

    static final String TARGET_RAISED = """
            {"id": 33, "projectId": 30, "level1": "OUTPUT", "level2": "QUANTITY", "name": "驻场服务团队人数",
             "comparator": "GE", "value": 22.0000, "unit": "人", "deadline": null, "approximate": false,
             "origin": "DOCUMENT", "sourceText": "不少于21人的驻场服务团队", "sourceLine": 1314,
             "latestActual": {"id": 5, "targetId": 33, "value": 22.0000, "observedOn": "2026-03-31",
                              "note": "驻场考勤表 2026年3月", "recordedBy": "pm", "recordedAt": "2026-04-01T02:00:00Z"},
             "completionRatio": 1.0000, "version": 1}""";

    static final String TARGET_INCIDENTS_REQUEST = """
            {"level1": "OUTPUT", "level2": "QUALITY", "name": "重大数据安全事故数", "comparator": "EQ",
             "value": 0, "unit": "起", "deadline": null, "approximate": false}""";

    static final String TARGET_TREE = """
            {"projectId": 30, "projectCode": "SJZWFW-2026-P30", "targetCount": 2, "targetCompletion": 1.0238,
             "levels": [{"level1": "OUTPUT", "label": "产出指标", "children": [
               {"level2": "QUANTITY", "label": "数量指标", "targets": [""" + TARGET + """
            ]},
               {"level2": "QUALITY", "label": "质量指标", "targets": [
                 {"id": 34, "projectId": 30, "level1": "OUTPUT", "level2": "QUALITY", "name": "重大数据安全事故数",
                  "comparator": "EQ", "value": 0.0000, "unit": "起", "deadline": null, "approximate": false,
                  "origin": "DOCUMENT", "sourceText": "无重大的数据安全事故发生", "sourceLine": 1314,
                  "latestActual": {"id": 6, "targetId": 34, "value": 0.0000, "observedOn": "2026-03-31", "note": null,
                                   "recordedBy": "pm", "recordedAt": "2026-04-01T02:00:00Z"},
                  "completionRatio": 1.0000, "version": 0}]}]}]}""";

    static final String TARGET_REQUEST = """
            {"level1": "SATISFACTION", "level2": "SERVICE_RECIPIENT_SATISFACTION", "name": "委办局用户满意度",
             "comparator": "GE", "value": 90, "unit": "%", "deadline": null, "approximate": false}""";

    static final String TARGET_REQUEST_LEVEL_MISMATCH = """
            {"level1": "BENEFIT", "level2": "QUANTITY", "name": "驻场服务团队人数", "comparator": "GE", "value": 21,
             "unit": "人", "deadline": null, "approximate": false}""";

    static final String TARGET_CREATED = """
            {"id": 120, "projectId": 30, "level1": "SATISFACTION", "level2": "SERVICE_RECIPIENT_SATISFACTION",
             "name": "委办局用户满意度", "comparator": "GE", "value": 90.0000, "unit": "%", "deadline": null,
             "approximate": false, "origin": "MANUAL", "sourceText": null, "sourceLine": null, "latestActual": null,
             "completionRatio": null, "version": 0}""";

    static final String TARGET_REVISIONS = """
            [{"revision": 1, "changedAt": "2026-01-05T08:00:00Z", "changedBy": "admin",
              "changedById": "f3b2c1d0-6a4e-4d8b-9c1a-2e7f5b8d9a10", "change": "ADD",
              "name": "驻场服务团队人数", "comparator": "GE", "value": 21.0000, "unit": "人", "deadline": null},
             {"revision": 9, "changedAt": "2026-02-03T08:00:00Z", "changedBy": "pm",
               "changedById": "f3b2c1d0-6a4e-4d8b-9c1a-2e7f5b8d9a10", "change": "MOD",
              "name": "驻场服务团队人数", "comparator": "GE", "value": 22.0000, "unit": "人", "deadline": null}]""";

    static final String OBSERVATION_REQUEST = """
            {"value": 22, "observedOn": "2026-03-31", "note": "驻场考勤表 2026年3月"}""";

    static final String OBSERVATION_REQUEST_IN_FUTURE = """
            {"value": 22, "observedOn": "2099-12-31", "note": "planned"}""";

    static final String OBSERVATION = """
            {"id": 5, "targetId": 33, "value": 22.0000, "observedOn": "2026-03-31", "note": "驻场考勤表 2026年3月",
             "recordedBy": "pm", "recordedAt": "2026-04-01T02:00:00Z"}""";

    static final String OBSERVATION_PAGE = "{\"items\": [" + OBSERVATION + "], \"page\": 0, \"size\": 50, "
            + "\"totalItems\": 1, \"totalPages\": 1}";

    static final String DEPARTMENT_BUDGET = """
            {"departmentCode": "SJZWFW", "departmentName": "上海市松江区政务服务中心", "fiscalYear": 2026,
             "documentId": 1, "currency": "CNY",
             "department": {"functionsText": "上海市松江区政务服务中心挂上海市松江区大数据中心牌子，…",
               "sections": ["行政（宣传）科", "产业发展科", "…", "跨域协作科"], "declaredSectionCount": 11,
               "organisationText": "…本部门中，事业单位1家，为上海市松江区政务服务中心。",
               "assets": {"asOf": "2025-12-31", "vehicles": 0, "generalEquipmentOver500k": 4,
                          "specialEquipmentOver1m": 0, "text": "截至2025年12月31日，…",
                          "purchasePlan": "2026年暂无安排购置车辆/通用设备/专用设备计划。"}},
             "revenue": {"sources": [{"name": "财政拨款收入", "level": 1, "amount": 93555945.79, "line": 100},
                                     {"name": "一般公共预算", "level": 2, "amount": 93555945.79, "line": 101}],
                         "total": 93555945.79},
             "expenditure": {"byFunction": [{"code": "201-99-99", "classCode": "201", "itemCode": "99",
                 "subItemCode": "99", "level": 3, "name": "其他一般公共服务支出", "total": 89191963.47,
                 "basic": 12986461.56, "project": 76205501.91, "line": 163}],
               "total": 93555945.79, "basic": 17350443.88, "project": 76205501.91},
             "basicExpenditureByEconomic": {"byEconomic": [{"code": "301-01", "classCode": "301", "itemCode": "01",
                 "level": 2, "name": "基本工资", "total": 2047972.00, "personnel": 2047972.00, "publicUse": 0.00,
                 "line": 272}],
               "total": 17350443.88, "personnel": 15914739.38, "publicUse": 1435704.50},
             "threePublicExpenses": {"total": 6000.00, "outboundTravel": 0.00, "reception": 6000.00,
               "vehicleTotal": 0.00, "vehiclePurchase": 0.00, "vehicleOperation": 0.00,
               "explanation": "2026年“三公”经费预算数为0.60万元，与2025年预算持平。…"},
             "yearOnYear": {"previousYear": 2025, "change": 8589423.81, "percent": 10.11, "reason": "项目支出增加"},
             "operatingExpenses": {"tableCell": "/", "amount": null, "note": "本部门无机关运行经费。"},
             "procurement": {"goods": 32775.00, "works": 0.00, "services": 26352441.40, "total": 26385216.40,
                             "smeReserved": 11374441.40, "smallMicroReserved": 0.00, "line": 327},
             "performanceSummary": {"projectCount": 43, "total": 76205501.91, "projectsOver10Million": 2,
                                    "threshold": 10000000.00, "line": 333},
             "projects": {"count": 43, "statedSum": 73656156.87, "effectiveSum": 76205501.91, "openFindings": 0}}""";

    static final String PROBLEM_400 = """
            {"type": "urn:budget:problem:validation", "title": "Invalid request", "status": 400,
             "detail": "reason: must not be blank", "violations": [{"field": "reason", "reason": "must not be blank"}]}""";

    static final String PROBLEM_400_UTF8 = """
            {"type": "urn:budget:problem:validation", "title": "Invalid request", "status": 400,
             "detail": "line 3: byte 0xC9 at offset 5 is not valid UTF-8: send the document encoded as UTF-8",
             "violations": [{"field": "line 3",
                             "reason": "byte 0xC9 at offset 5 is not valid UTF-8: send the document encoded as UTF-8"}]}""";

    static final String PROBLEM_404_PROJECT = """
            {"type": "urn:budget:problem:not-found", "title": "Not found", "status": 404,
             "detail": "Project 999 does not exist"}""";

    static final String PROBLEM_404_DOCUMENT = """
            {"type": "urn:budget:problem:not-found", "title": "Not found", "status": 404,
             "detail": "Budget document 999 does not exist"}""";

    static final String PROBLEM_404_FINDING = """
            {"type": "urn:budget:problem:not-found", "title": "Not found", "status": 404,
             "detail": "Finding 999 does not exist"}""";

    static final String PROBLEM_404_TARGET = """
            {"type": "urn:budget:problem:not-found", "title": "Not found", "status": 404,
             "detail": "Performance target 999 does not exist"}""";

    static final String PROBLEM_404_BUDGET = """
            {"type": "urn:budget:problem:not-found", "title": "Not found", "status": 404,
             "detail": "Budget of department SJZWFW for 2030 does not exist"}""";

    static final String PROBLEM_409_IMPORTED = """
            {"type": "urn:budget:problem:budget-already-imported", "title": "Conflict", "status": 409,
             "detail": "A different budget document of SJZWFW for 2026 was already imported (document 1); its projects are referenced by other services and are not replaced"}""";

    static final String PROBLEM_409_RESOLVED = """
            {"type": "urn:budget:problem:finding-already-resolved", "title": "Conflict", "status": 409,
             "detail": "Finding 1 was resolved by admin at 2026-01-06T09:30:00Z; it cannot be resolved twice"}""";

    static final String PROBLEM_422_UNPARSABLE = """
            {"type": "urn:budget:problem:unparsable-document", "title": "Unparsable budget document", "status": 422,
             "detail": "line 871: project SJZWFW-2026-P17 '松江区政务云运营运维项目（运维）' (lines 871-890) has no section '实施周期'; the document ends at line 890 and may be truncated",
             "rule": "budget-document-must-parse",
             "violations": [{"field": "line 871", "reason": "project SJZWFW-2026-P17 '松江区政务云运营运维项目（运维）' (lines 871-890) has no section '实施周期'; the document ends at line 890 and may be truncated"}]}""";

    static final String PROBLEM_422_DEPARTMENT = """
            {"type": "urn:budget:problem:unparsable-document", "title": "Unparsable budget document", "status": 422,
             "detail": "line 5: unknown department '上海市松江区数据局': no department code is configured for it; name its code with the import (departmentCode=…)",
             "rule": "budget-document-must-parse",
             "violations": [{"field": "line 5", "reason": "unknown department '上海市松江区数据局': no department code is configured for it; name its code with the import (departmentCode=…)"}]}""";

    static final String PROBLEM_422_EXCERPT = """
            {"type": "urn:budget:problem:unparsable-document", "title": "Unparsable budget document", "status": 422,
             "detail": "line 1: missing required section '主要职能' after the section at line 1 (no heading ending with it from line 2 to the end of the document at line 7)",
             "rule": "budget-document-must-parse",
             "violations": [{"field": "line 1", "reason": "missing required section '主要职能' after the section at line 1 (no heading ending with it from line 2 to the end of the document at line 7)"}]}""";

    static final String PROBLEM_422_CORRECTION = """
            {"type": "urn:budget:problem:business-rule", "title": "Business rule broken", "status": 422,
             "detail": "correctedAmount: finding 4 (PROJECT_SUM_VS_PERFORMANCE_TOTAL) concerns no single project amount; correct the project findings it points to, or resolve it without an amount",
             "rule": "correction-needs-a-project-finding",
             "violations": [{"field": "correctedAmount", "reason": "finding 4 (PROJECT_SUM_VS_PERFORMANCE_TOTAL) concerns no single project amount; correct the project findings it points to, or resolve it without an amount"}]}""";

    static final String PROBLEM_422_TARGET = """
            {"type": "urn:budget:problem:business-rule", "title": "Business rule broken", "status": 422,
             "detail": "level2: QUANTITY (数量指标) belongs to OUTPUT, not BENEFIT", "rule": "indicator-level-mismatch",
             "violations": [{"field": "level2", "reason": "QUANTITY (数量指标) belongs to OUTPUT, not BENEFIT"}]}""";

    static final String PROBLEM_422_OBSERVATION = """
            {"type": "urn:budget:problem:business-rule", "title": "Business rule broken", "status": 422,
             "detail": "observedOn: an actual is recorded when it was observed, not in advance",
             "rule": "observation-not-in-future",
             "violations": [{"field": "observedOn", "reason": "an actual is recorded when it was observed, not in advance"}]}""";

    private Examples() {
    }
}
