package cn.songjiang.budget.payments.service;

import static cn.songjiang.budget.payments.testing.Api.installmentId;
import static cn.songjiang.budget.payments.testing.Api.pay;
import static cn.songjiang.budget.payments.testing.Api.planId;
import static cn.songjiang.budget.payments.testing.Api.recordEvent;
import static cn.songjiang.budget.payments.testing.Api.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.songjiang.budget.payments.service.OcdsExporter.ContractPlan;
import cn.songjiang.budget.payments.testing.ProviderDoubles;
import cn.songjiang.budget.payments.testing.TestContract;
import cn.songjiang.budget.payments.testing.TestProject;
import cn.songjiang.budget.support.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(ProviderDoubles.class)
class OcdsExporterTest {

    @Inject
    OcdsExporter exporter;

    @Test
    void batchesOfAnySizeHandEachContractOnceAsReadingItAloneDoes() {
        List<Long> contracts = new ArrayList<>();
        List<Long> plans = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            TestProject project = TestProject.withBudget("900000.00").register();
            TestContract contract = TestContract.of(project, "300000.00").signed(today().minusDays(30)).register();
            contracts.add(contract.id);
            plans.add(planId("{\"contractId\":" + contract.id + ",\"installments\":["
                    + "{\"percent\":50,\"trigger\":\"CONTRACT_SIGNED\"},"
                    + "{\"percent\":50,\"trigger\":\"FINAL_ACCEPTANCE\"}]}"));
        }
        long paid = installmentId(plans.get(1), 1);
        pay(paid, UUID.randomUUID().toString(), "150000.00", today().minusDays(10)).statusCode(201);
        long accepted = installmentId(plans.get(2), 2);
        recordEvent(accepted, "FINAL_ACCEPTANCE", today().minusDays(2)).statusCode(201);
        pay(accepted, UUID.randomUUID().toString(), "1000.00", today()).statusCode(201);

        for (int size : new int[] {1, 2, OcdsExporter.BATCH}) {
            List<List<ContractPlan>> batches = new ArrayList<>();
            exporter.forFiscalYear(TestProject.FISCAL_YEAR, size, batches::add);

            List<ContractPlan> year = batches.stream().flatMap(List::stream).toList();
            assertTrue(batches.stream().allMatch(batch -> !batch.isEmpty() && batch.size() <= size));
            List<Long> order = year.stream().map(plan -> plan.plan().contractId()).toList();
            assertEquals(order.stream().distinct().sorted().toList(), order, "each contract once, by contract");
            for (long contract : contracts) {
                ContractPlan read = year.stream().filter(plan -> plan.plan().contractId() == contract)
                        .findFirst().orElseThrow();
                assertEquals(exporter.forContract(contract), read, "batches of " + size);
                assertTrue(read.installments().stream()
                        .allMatch(i -> i.installment().planId() == read.plan().id()));
            }
            ContractPlan second = year.stream().filter(plan -> plan.plan().id() == plans.get(1)).findFirst()
                    .orElseThrow();
            assertEquals(List.of(paid), second.payments().stream().map(p -> p.installmentId()).toList());
            ContractPlan third = year.stream().filter(plan -> plan.plan().id() == plans.get(2)).findFirst()
                    .orElseThrow();
            assertNotNull(third.installments().get(1).event());
            assertEquals(accepted, third.installments().get(1).event().installmentId());
            assertEquals(List.of(accepted), third.payments().stream().map(p -> p.installmentId()).toList());
        }
    }
}
