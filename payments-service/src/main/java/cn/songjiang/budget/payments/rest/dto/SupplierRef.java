package cn.songjiang.budget.payments.rest.dto;

import cn.songjiang.budget.payments.domain.SupplierSize;

/** The supplier of a contract as the plan recorded it. */
public record SupplierRef(Long id, String name, String creditCode, SupplierSize sizeAtSigning) {
}
