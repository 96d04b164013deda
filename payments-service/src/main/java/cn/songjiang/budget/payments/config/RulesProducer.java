package cn.songjiang.budget.payments.config;

import cn.songjiang.budget.payments.domain.ExpectedDates;
import cn.songjiang.budget.payments.domain.FiscalCalendar;
import cn.songjiang.budget.payments.domain.PaymentDeadlines;
import cn.songjiang.budget.payments.domain.PlanDrafts;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.MonthDay;
import java.time.ZoneId;

/** Builds the plain rule classes of {@code domain/} from configuration. */
public class RulesProducer {

    @Produces
    @Singleton
    Clock clock(PaymentsConfig config) {
        return Clock.system(ZoneId.of(config.zone()));
    }

    @Produces
    @Singleton
    FiscalCalendar fiscalCalendar(PaymentsConfig config) {
        return new FiscalCalendar(MonthDay.of(config.fiscalClose().month(), config.fiscalClose().day()));
    }

    @Produces
    @Singleton
    PaymentDeadlines paymentDeadlines(PaymentsConfig config) {
        return new PaymentDeadlines(config.defaultTermDays());
    }

    @Produces
    @Singleton
    PlanDrafts planDrafts(FiscalCalendar calendar) {
        return new PlanDrafts(calendar);
    }

    @Produces
    @Singleton
    ExpectedDates expectedDates(PaymentsConfig config) {
        PaymentsConfig.Forecast forecast = config.forecast();
        return new ExpectedDates(new ExpectedDates.Assumptions(forecast.finalAcceptanceLagDays(),
                forecast.interimAcceptanceLagDays(), forecast.settlementLagDays()));
    }
}
