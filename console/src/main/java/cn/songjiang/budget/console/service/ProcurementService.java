package cn.songjiang.budget.console.service;

import cn.songjiang.budget.console.client.ProcurementClient;
import cn.songjiang.budget.console.client.ProcurementViews.AmendmentRequest;
import cn.songjiang.budget.console.client.ProcurementViews.Budget;
import cn.songjiang.budget.console.client.ProcurementViews.Contract;
import cn.songjiang.budget.console.client.ProcurementViews.ContractRequest;
import cn.songjiang.budget.console.client.ProcurementViews.Plan;
import cn.songjiang.budget.console.client.ProcurementViews.Supplier;
import cn.songjiang.budget.console.client.ProcurementViews.SupplierRequest;
import cn.songjiang.budget.console.client.ProcurementViews.Warning;
import cn.songjiang.budget.console.config.ConsoleConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 采购: the procurement budget split, plans and their status transitions, suppliers, contracts. */
@ApplicationScoped
public class ProcurementService {

    /** The transitions procurement-service accepts from each status. */
    static final Map<String, List<String>> NEXT = Map.of(
            "DRAFT", List.of("APPROVED", "CANCELLED"),
            "APPROVED", List.of("TENDERING", "CANCELLED"),
            "TENDERING", List.of("CANCELLED"),
            "AWARDED", List.of(),
            "CANCELLED", List.of());

    private final ProcurementClient procurement;
    private final ConsoleConfig config;

    ProcurementService(ProcurementClient procurement, ConsoleConfig config) {
        this.procurement = procurement;
        this.config = config;
    }

    public record BudgetView(Optional<Budget> budget, List<Warning> warnings) {
    }

    public Section<BudgetView> budget() {
        return Section.load(ProcurementClient.SERVICE, () -> {
            Optional<Budget> budget = procurement.budget(config.fiscalYear(), config.departmentCode());
            return new BudgetView(budget, budget.map(b -> procurement.smeWarnings(b.id())).orElse(List.of()));
        });
    }

    public Section<List<Plan>> plans() {
        return Section.load(ProcurementClient.SERVICE, procurement::plans);
    }

    public Section<List<Supplier>> suppliers() {
        return Section.load(ProcurementClient.SERVICE, procurement::suppliers);
    }

    public Section<List<Contract>> contracts() {
        return Section.load(ProcurementClient.SERVICE, procurement::contracts);
    }

    public static List<String> nextStatuses(String status) {
        return NEXT.getOrDefault(status, List.of());
    }

    public WriteOutcome changeStatus(long planId, long version, String status, String reason) {
        return WriteOutcome.attempt(ProcurementClient.SERVICE, () -> procurement.changeStatus(planId, version, status,
                reason == null || reason.isBlank() ? null : reason));
    }

    public WriteOutcome registerSupplier(SupplierRequest supplier) {
        return WriteOutcome.attempt(ProcurementClient.SERVICE, () -> procurement.createSupplier(supplier));
    }

    public WriteOutcome awardContract(ContractRequest contract) {
        return WriteOutcome.attempt(ProcurementClient.SERVICE, () -> procurement.createContract(contract));
    }

    public WriteOutcome amendContract(long contractId, long version, AmendmentRequest amendment) {
        return WriteOutcome.attempt(ProcurementClient.SERVICE, () -> procurement.amend(contractId, version, amendment));
    }
}
