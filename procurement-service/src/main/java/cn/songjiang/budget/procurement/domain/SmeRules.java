package cn.songjiang.budget.procurement.domain;

import cn.songjiang.budget.support.money.Money;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The SME set-aside floors in force: above a category's threshold a plan reserves at least its category's
 * share for SMEs, and at least {@code smallMicroShareOfReserved} of that for small and micro enterprises
 * (财库〔2020〕46号 第八条). At or below the threshold a plan that suits SMEs is reserved to them entirely
 * (第七条). 财库〔2022〕19号 changed some of these floors, so they are configuration, not constants.
 */
public record SmeRules(
        Map<ProcurementCategory, BigDecimal> thresholds,
        Map<ProcurementCategory, BigDecimal> reservedShareFloors,
        BigDecimal smallMicroShareOfReserved) {

    /** The 财库〔2020〕46号 values: 200万 goods and services, 400万 works, 30 %, of which 60 %. */
    public static final SmeRules CAIKU_2020_46 = of(
            Money.exact("2000000.00"), Money.exact("4000000.00"),
            new BigDecimal("0.30"), new BigDecimal("0.30"), new BigDecimal("0.30"),
            new BigDecimal("0.60"));

    public SmeRules {
        thresholds = Map.copyOf(thresholds);
        reservedShareFloors = Map.copyOf(reservedShareFloors);
        Objects.requireNonNull(smallMicroShareOfReserved);
        for (ProcurementCategory category : ProcurementCategory.values()) {
            Objects.requireNonNull(thresholds.get(category), "threshold of " + category);
            Objects.requireNonNull(reservedShareFloors.get(category), "reserved share of " + category);
        }
    }

    public static SmeRules of(BigDecimal goodsAndServicesThreshold, BigDecimal worksThreshold,
            BigDecimal goodsShare, BigDecimal worksShare, BigDecimal servicesShare,
            BigDecimal smallMicroShareOfReserved) {
        Map<ProcurementCategory, BigDecimal> thresholds = new EnumMap<>(ProcurementCategory.class);
        thresholds.put(ProcurementCategory.GOODS, goodsAndServicesThreshold);
        thresholds.put(ProcurementCategory.SERVICES, goodsAndServicesThreshold);
        thresholds.put(ProcurementCategory.WORKS, worksThreshold);
        Map<ProcurementCategory, BigDecimal> shares = new EnumMap<>(ProcurementCategory.class);
        shares.put(ProcurementCategory.GOODS, goodsShare);
        shares.put(ProcurementCategory.WORKS, worksShare);
        shares.put(ProcurementCategory.SERVICES, servicesShare);
        return new SmeRules(thresholds, shares, smallMicroShareOfReserved);
    }

    public BigDecimal threshold(ProcurementCategory category) {
        return thresholds.get(category);
    }

    public BigDecimal reservedShareFloor(ProcurementCategory category) {
        return reservedShareFloors.get(category);
    }

    /** "超过200万元": strictly above the threshold. */
    public boolean isAboveThreshold(ProcurementCategory category, BigDecimal amount) {
        return amount.compareTo(threshold(category)) > 0;
    }
}
