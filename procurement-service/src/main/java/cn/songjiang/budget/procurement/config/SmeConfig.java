package cn.songjiang.budget.procurement.config;

import cn.songjiang.budget.procurement.domain.SmeRules;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/**
 * SME set-aside floors (财库〔2020〕46号 第七条, 第八条; 财库〔2022〕19号 raised some of them for a period), so
 * that a new notice is a configuration change. Defaults are the 46号 values.
 */
@ConfigMapping(prefix = "procurement.sme")
public interface SmeConfig {

    /** Goods and services plans above this amount (元) reserve a share; at or below it, the whole. */
    @WithDefault("2000000.00")
    BigDecimal goodsServicesThreshold();

    /** Works plans above this amount (元) reserve a share; at or below it, the whole. */
    @WithDefault("4000000.00")
    BigDecimal worksThreshold();

    /** Least share of an above-threshold plan reserved for SMEs, per category. */
    ReservedShare reservedShare();

    /** Least share of a reserve that goes to small and micro enterprises. */
    @WithDefault("0.60")
    BigDecimal smallMicroShareOfReserved();

    /** Reserved share floors per category. */
    interface ReservedShare {
        @WithDefault("0.30")
        BigDecimal goods();

        @WithDefault("0.30")
        BigDecimal works();

        @WithDefault("0.30")
        BigDecimal services();
    }

    default SmeRules rules() {
        return SmeRules.of(goodsServicesThreshold(), worksThreshold(), reservedShare().goods(),
                reservedShare().works(), reservedShare().services(), smallMicroShareOfReserved());
    }
}
