package cn.songjiang.budget.payments.client;

import static cn.songjiang.budget.payments.testing.Api.as;
import static cn.songjiang.budget.payments.testing.Api.money;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import cn.songjiang.budget.support.testing.PostgresTestResource;
import cn.songjiang.budget.support.testing.ProviderStubResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Consumer tests of both clients against stubs generated from the providers' committed OpenAPI documents
 * (Prism answers with the documents' examples and refuses requests that break the contract or carry no bearer
 * token, so the caller's token must be forwarded).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = ProviderStubResource.class, restrictToAnnotatedClass = true, initArgs = {
    @ResourceArg(name = "provider", value = "projects-service"),
    @ResourceArg(name = "configKey", value = "projects")})
@QuarkusTestResource(value = ProviderStubResource.class, restrictToAnnotatedClass = true, initArgs = {
    @ResourceArg(name = "provider", value = "procurement-service"),
    @ResourceArg(name = "configKey", value = "procurement")})
class ProvidersContractTest {

    /** The contract of procurement-service's example: 31,800.00 of work uniforms, SME, 30 days, signed 2 March. */
    private static final long EXAMPLE_CONTRACT = 7;

    /** The project of the document's example: P07, 30% after one month of service, 40% after six, 30% at the end. */
    private static final long EXAMPLE_PROJECT = 7;

    @Test
    void planFromTheParsedTermsOfTheProvidersExample() {
        as("pm").body("{\"projectId\":" + EXAMPLE_PROJECT + ",\"value\":1000.00}")
                .when().post("/api/v1/payment-plans").then().statusCode(201)
                .body("projectName", equalTo("松江区大数据资源平台（运维）项目"))
                .body("source", equalTo("PROJECT_TERMS"))
                .body("installments.trigger", contains("SERVICE_ELAPSED", "SERVICE_ELAPSED", "FINAL_ACCEPTANCE"))
                .body("installments.serviceMonths", contains(1, 6, null))
                .body("installments.amount", contains(money("300.00"), money("400.00"), money("300.00")))
                .body("periodStart", equalTo("2026-01-01"));
    }

    @Test
    void planOfTheProvidersExampleContract() {
        as("pm").body("{\"contractId\":" + EXAMPLE_CONTRACT + ",\"template\":\"30/40/30\"}")
                .when().post("/api/v1/payment-plans").then().statusCode(201)
                .body("contractId", equalTo((int) EXAMPLE_CONTRACT))
                .body("value", money("31800.00"))
                .body("supplier.sizeAtSigning", equalTo("SMALL"))
                .body("category", equalTo("GOODS"))
                .body("paymentTermDays", equalTo(30))
                .body("installments.amount", contains(money("9540.00"), money("12720.00"), money("9540.00")))
                .body("installments[0].status", equalTo("DUE"))
                .body("installments[0].dueDate", equalTo("2026-04-01"));
    }

    @Test
    void dashboardReadsTheProvidersProjectList() {
        as("viewer").queryParam("fiscalYear", 2026).when().get("/api/v1/dashboards/execution").then().statusCode(200)
                .body("projects[0].projectId", equalTo(11))
                .body("projects[0].budget", money("59584.00"));
    }
}
