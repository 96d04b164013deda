package cn.songjiang.budget.payments.testing;

import java.util.List;

/**
 * The 23 projects of the seed budget (songjiang-zwfw-2026-budget.md) whose 实施方案 states an installment
 * clause, with the clause verbatim, the budget in 元 and the parse projects-service is expected to serve.
 * Two budgets are printed in 元 where 万元 is meant (156.36, 98.60); the 万元 reading is used as contract value.
 */
public final class SeedClauses {

    /** One parsed installment: percent, trigger and months of service (SERVICE_ELAPSED only). */
    public record Part(int percent, String trigger, Integer serviceMonths) {
    }

    /** One seed project and its clause. */
    public record Clause(String project, String value, String text, List<Part> parts) {
    }

    private static final String CS = "CONTRACT_SIGNED";
    private static final String FC = "FIXED_DATE";
    private static final String FINAL = "FINAL_ACCEPTANCE";
    private static final String STAGE = "STAGE_ACCEPTANCE";

    private static Part p(int percent, String trigger) {
        return new Part(percent, trigger, null);
    }

    private static Part months(int percent, int serviceMonths) {
        return new Part(percent, "SERVICE_ELAPSED", serviceMonths);
    }

    private static final List<Part> THIRTY_CLOSE_FORTY_THIRTY = List.of(p(30, CS), p(40, FC), p(30, FINAL));
    private static final List<Part> THIRTY_CLOSE_THIRTY_FORTY = List.of(p(30, CS), p(30, FC), p(40, FINAL));
    private static final List<Part> THIRTY_STAGE_FORTY_THIRTY = List.of(p(30, CS), p(40, STAGE), p(30, FINAL));
    private static final String CLOSE_40_30 = "按工作内容实施项目采购，项目合同签订后，支付合同金额的30%，11月上旬（财政关账前）支付40%，结束服务期并通过验收后支付剩余的30%。";
    private static final String CLOSE_30_40 = "按工作内容实施项目采购，项目合同签订后，支付合同金额的30%，11月上旬（财政关账前）支付30%，结束服务期并通过验收后支付剩余的40%。";

    public static final List<Clause> ALL = List.of(
            new Clause("松江区大数据资源平台（二期）项目", "2603590.00",
                    "按照工作内容实施项目采购，项目合同签订后，支付合同总价的30%；项目初验通过后，支付合同总价的20%；项目终验后，支付剩余50%金额。",
                    List.of(p(30, CS), p(20, "INITIAL_ACCEPTANCE"), p(50, FINAL))),
            new Clause("松江区新政务服务中心信息化运维项目", "469997.00",
                    "按工作内容实施项目采购，项目合同签订后，支付合同总价的30%，服务期满6个月后支付40%，合同期满终验后支付剩余的30%。",
                    List.of(p(30, CS), months(40, 6), p(30, FINAL))),
            new Clause("松江区大数据资源平台（运维）项目", "1563600.00",
                    "按工作内容实施项目采购，项目合同签订后且服务期满一个月，支付合同总价的30%，服务期满6个月后支付40%，结束服务期并通过验收后支付剩余的30%。",
                    List.of(months(30, 1), months(40, 6), p(30, FINAL))),
            new Clause("松江区电子政务外网升级优化—OTN网租用费项目", "525250.00",
                    "按工作内容实施项目采购，项目合同签订后，支付合同总价的30%，完成项目阶段性验收后支付40%，合同到期且完成整体验收支付剩余的30%。",
                    THIRTY_STAGE_FORTY_THIRTY),
            new Clause("松江区电子证照社会化应用平台项目（运维）", "59584.00", CLOSE_40_30, THIRTY_CLOSE_FORTY_THIRTY),
            new Clause("松江区“区块链+电子材料库”（运维）项目", "70080.00", CLOSE_40_30, THIRTY_CLOSE_FORTY_THIRTY),
            new Clause("松江区政务服务综合管理平台建设（运维）项目", "872089.20", CLOSE_30_40, THIRTY_CLOSE_THIRTY_FORTY),
            new Clause("松江区“一网通办”区级平台迭代升级（运维）项目", "87780.00", CLOSE_40_30, THIRTY_CLOSE_FORTY_THIRTY),
            new Clause("自助服务区智能终端购置（运维）项目", "110385.00", CLOSE_30_40, THIRTY_CLOSE_THIRTY_FORTY),
            new Clause("松江区企业住所管理云平台项目（一期）（运维）", "55560.00", CLOSE_40_30, THIRTY_CLOSE_FORTY_THIRTY),
            new Clause("松江区“一网通办”虚拟政务服务窗口（云综窗）项目（运维）", "300420.00", CLOSE_40_30,
                    THIRTY_CLOSE_FORTY_THIRTY),
            new Clause("电子政务光纤租用费（运维）项目", "2731260.00",
                    "按工作内容实施项目采购，项目合同签订后，支付合同金额的30%，完成阶段性考核合格后支付40%，结束服务期并通过验收后支付剩余的30%。",
                    THIRTY_STAGE_FORTY_THIRTY),
            new Clause("松江区政务外网软硬件设备运维项目（运维）", "1019792.40",
                    "按工作内容实施项目采购，项目合同签订后，支付合同总价的30%，完全阶段性考核后支付40%，待合同期满验收通过后支付剩余的30%。",
                    THIRTY_STAGE_FORTY_THIRTY),
            new Clause("松江区政务网互联网出口带宽备线扩容租费（运维）项目", "252000.00",
                    "按工作内容实施项目采购，项目合同签订后，支付合同金额的30%，完成阶段验收后支付40%，结束服务期并通过验收后支付剩余的30%。",
                    THIRTY_STAGE_FORTY_THIRTY),
            new Clause("松江区街镇村居网络租赁项目（运维）", "3070578.00",
                    "按工作内容实施项目采购，项目合同签订后，支付合同总价的30%，通过阶段性绩效考核后支付40%，结束服务期并通过验收后支付剩余的30%。",
                    THIRTY_STAGE_FORTY_THIRTY),
            new Clause("松江区政务外网驻场运维服务项目", "800000.00",
                    "按工作内容实施项目采购，项目合同签订后，支付合同总价的30%，11月上旬（财政关账前）支付40%，结束服务期并通过验收后支付剩余的30%。",
                    THIRTY_CLOSE_FORTY_THIRTY),
            new Clause("数据安全专项检查及信息安全运维服务项目", "1001000.00",
                    "按工作内容实施项目采购，项目合同签订后，支付合同总价的30%，半年度考核后支付40%，结束服务期并通过验收后支付剩余的30%。",
                    THIRTY_STAGE_FORTY_THIRTY),
            new Clause("政务服务中心效能调查评估项目", "120000.00",
                    "按照工作内容实施项目采购，项目合同签订后，先支付合同总价的30%，项目中期验收通过后支付30%，结束服务期并通过验收后支付剩余的40%。",
                    List.of(p(30, CS), p(30, STAGE), p(40, FINAL))),
            new Clause("深化两页建设（企业专属空间）项目", "1200000.00",
                    "项目合同签订后，支付合同总价的30%；项目基本完成后，支付合同总价的50%；项目通过验收后，支付剩余20%合同金额。",
                    List.of(p(30, CS), p(50, "SUBSTANTIAL_COMPLETION"), p(20, FINAL))),
            new Clause("“随申办”市民云运维项目", "300000.00",
                    "按工作内容实施项目采购，项目合同签订后，支付合同总价的30%；服务期满6个月后，支付合同总价的40%；项目通过验收后，支付剩余30%的合同金额。",
                    List.of(p(30, CS), months(40, 6), p(30, FINAL))),
            new Clause("打造区级移动政务服务“旗舰店”项目", "986000.00",
                    "项目合同签订后，支付合同总价的30%；所有服务上线并达到甲方认可后，支付合同总价的40%；项目通过验收后，支付剩余30%的合同金额。",
                    List.of(p(30, CS), p(40, "SUBSTANTIAL_COMPLETION"), p(30, FINAL))),
            new Clause("松江区“一网通办”企业云旗舰店建设项目", "700000.00",
                    "项目合同签订后，支付合同总价的30%；项目基本完成后，支付合同总价的50%；项目通过验收后，支付剩余20%金额。",
                    List.of(p(30, CS), p(50, "SUBSTANTIAL_COMPLETION"), p(20, FINAL))),
            new Clause("志愿者服务项目", "240000.00",
                    "按工作内容实施项目采购，项目合同签订后，先支付合同总价的30%；中期验收后，支付合同总价的30%；合同期满通过验收后，支付剩余40%。",
                    List.of(p(30, CS), p(30, STAGE), p(40, FINAL))));

    private SeedClauses() {
    }
}
