package cn.songjiang.budget.payments.rest;

import cn.songjiang.budget.payments.rest.dto.AmendPlanRequest;
import cn.songjiang.budget.payments.rest.dto.CreatePlanRequest;
import cn.songjiang.budget.payments.rest.dto.InstallmentRequest;
import cn.songjiang.budget.payments.rest.dto.PaymentRequest;
import cn.songjiang.budget.payments.rest.dto.RecordEventRequest;
import cn.songjiang.budget.payments.service.AmendmentService;
import cn.songjiang.budget.payments.service.EventService;
import cn.songjiang.budget.payments.service.PaymentService;
import cn.songjiang.budget.payments.service.PlanService;
import cn.songjiang.budget.payments.service.RequestedInstallment;
import java.util.List;

/** Maps the API's request records to the commands the services take. */
final class Requests {

    private Requests() {
    }

    static PlanService.NewPlan plan(CreatePlanRequest request) {
        return new PlanService.NewPlan(request.contractId(), request.projectId(), request.value(), request.template(),
                installments(request.installments()),
                request.recurring() == null ? null : new PlanService.Recurring(request.recurring().recurrence(),
                        request.recurring().periodStart(), request.recurring().periodEnd()));
    }

    static AmendmentService.Amendment amendment(AmendPlanRequest request) {
        return new AmendmentService.Amendment(request.reason(), request.value(), installments(request.installments()));
    }

    static PaymentService.NewPayment payment(PaymentRequest request) {
        return new PaymentService.NewPayment(request.amount(), request.paidDate(), request.voucherNo());
    }

    static EventService.NewEvent event(RecordEventRequest request) {
        return new EventService.NewEvent(request.trigger(), request.date(), request.evidenceRef(),
                request.actualAmount(), request.note());
    }

    private static List<RequestedInstallment> installments(List<InstallmentRequest> requested) {
        return requested == null ? null : requested.stream().map(i -> new RequestedInstallment(i.percent(),
                i.amount(), i.trigger(), i.serviceMonths(), i.dueDate(), i.clauseText())).toList();
    }
}
