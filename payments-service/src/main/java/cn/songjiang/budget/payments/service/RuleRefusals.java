package cn.songjiang.budget.payments.service;

import cn.songjiang.budget.payments.domain.PaymentRuleException;
import cn.songjiang.budget.support.problem.ApiProblem;
import java.util.function.Supplier;

/** Runs domain rules and answers a refused value as a 422 problem naming the rule. */
final class RuleRefusals {

    private RuleRefusals() {
    }

    static <T> T apply(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (PaymentRuleException e) {
            throw ApiProblem.businessRule(e.rule(), e.getMessage());
        }
    }
}
