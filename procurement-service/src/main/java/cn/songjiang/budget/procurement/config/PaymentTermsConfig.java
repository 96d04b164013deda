package cn.songjiang.budget.procurement.config;

import cn.songjiang.budget.procurement.domain.PaymentTermRules;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** Contract payment-term settings from 保障中小企业款项支付条例; defaults are the statutory values. */
@ConfigMapping(prefix = "procurement.payment-terms")
public interface PaymentTermsConfig {

    /** Days to pay after delivery or acceptance when the contract names no term. */
    @WithDefault("30")
    int defaultDays();

    /** Longest term a contract with a small or medium supplier may agree. */
    @WithDefault("60")
    int smeMaximumDays();

    /** Longest term any contract may agree. */
    @WithDefault("365")
    int maximumDays();

    /** The 1-year LPR (annual fraction) an SME contract's agreed late-payment rate may not be below. */
    @WithDefault("0.0300")
    BigDecimal minimumAnnualLateRate();

    default PaymentTermRules rules() {
        return new PaymentTermRules(defaultDays(), smeMaximumDays(), maximumDays(), minimumAnnualLateRate());
    }
}
