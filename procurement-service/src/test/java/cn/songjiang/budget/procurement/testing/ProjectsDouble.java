package cn.songjiang.budget.procurement.testing;

import cn.songjiang.budget.support.testing.ProviderDouble;
import cn.songjiang.budget.support.testing.WireMockProviders;

/**
 * projects-service as a WireMock server answering the two reads this service makes
 * ({@code GET /api/v1/projects/{id}}, {@code GET /api/v1/departments/{code}/budgets/{year}}) with what tests register
 * through {@link StubControl}, 404 problems for the rest and 401 without a bearer token. The seed department
 * SJZWFW 2026 is registered from the start with its declared figures.
 */
public class ProjectsDouble extends WireMockProviders {

    static final String CLIENT = "projects";

    /** 其他相关情况说明 §三 of the seed document, in 元. */
    static final String SEED_BUDGET = """
            {"departmentCode": "SJZWFW", "fiscalYear": 2026, "name": "上海市松江区政务服务中心",
             "revenue": 93555945.79, "expenditure": 93555945.79,
             "procurement": {"goods": 32775.00, "works": 0.00, "services": 26352441.40, "total": 26385216.40,
                             "smeReserved": 11374441.40, "smallMicroReserved": 0.00}}""";

    public ProjectsDouble() {
        super(CLIENT);
    }

    @Override
    protected void prime(String client, ProviderDouble provider) {
        StubControl.registerDepartmentBudget(provider, SEED_BUDGET);
        provider.requireBearerToken();
    }
}
