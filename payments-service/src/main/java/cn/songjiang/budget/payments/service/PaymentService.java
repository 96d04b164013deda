package cn.songjiang.budget.payments.service;

import cn.songjiang.budget.payments.domain.Installment;
import cn.songjiang.budget.payments.domain.InstallmentStatus;
import cn.songjiang.budget.payments.domain.LatePaymentInterest;
import cn.songjiang.budget.payments.domain.Limits;
import cn.songjiang.budget.payments.domain.PaidState;
import cn.songjiang.budget.payments.domain.PaymentAmounts;
import cn.songjiang.budget.payments.domain.Payment;
import cn.songjiang.budget.payments.domain.RuleNames;
import cn.songjiang.budget.payments.repository.InstallmentRepository;
import cn.songjiang.budget.payments.repository.PaymentLedger;
import cn.songjiang.budget.payments.repository.PaymentRepository;
import cn.songjiang.budget.support.problem.ApiProblem;
import cn.songjiang.budget.support.security.CurrentUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Records payments exactly once per {@code Idempotency-Key}, never above what is outstanding, and reverses
 * them with a reason (a payment is never deleted).
 *
 * <p>Concurrent retries: the installment row is locked before the key is looked up, so retries queue and each
 * finds the first one's payment under the key; the unique constraint on the key is the last word for the race
 * that remains (the same key used on two installments at once).
 */
@ApplicationScoped
public class PaymentService {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");
    private static final String KEY_CONSTRAINT = "payment_idempotency_key_uq";
    private static final String UNIQUE_VIOLATION = "23505";

    private final InstallmentRepository installments;
    private final PaymentRepository payments;
    private final PaymentLedger ledger;
    private final InstallmentRules rules;
    private final Clock clock;

    public PaymentService(InstallmentRepository installments, PaymentRepository payments, PaymentLedger ledger,
            InstallmentRules rules, Clock clock) {
        this.installments = installments;
        this.payments = payments;
        this.ledger = ledger;
        this.rules = rules;
        this.clock = clock;
    }

    /** A payment to record: the amount in CNY, the day it was paid and the accounting voucher number. */
    public record NewPayment(BigDecimal amount, LocalDate paidDate, String voucherNo) {
    }

    /** A payment and whether this request only replayed an earlier one with the same key. */
    public record Recorded(PaymentView payment, boolean replayed) {
    }

    public Recorded pay(long installmentId, String idempotencyKey, NewPayment request) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw ApiProblem.badRequest("Idempotency-Key",
                    "header is required (a unique key per payment, e.g. a UUID)");
        }
        if (!KEY.matcher(idempotencyKey).matches()) {
            throw ApiProblem.badRequest("Idempotency-Key", "must be 1 to 128 visible ASCII characters");
        }
        BigDecimal amount = RuleRefusals.apply(() -> PaymentAmounts.exact(request.amount()));
        String hash = hash(installmentId, amount, request);
        try {
            return QuarkusTransaction.requiringNew().call(() -> record(installmentId, idempotencyKey, hash, amount,
                    request));
        } catch (RuntimeException e) {
            if (isKeyViolation(e)) {
                return QuarkusTransaction.requiringNew().call(() -> replay(idempotencyKey, installmentId, hash));
            }
            throw e;
        }
    }

    // Four statements and the commit for a new key (PaymentLedger): lock the installment, read its payments (a retry
    // finds its key among them, their number is bounded, and the ones not reversed give what is paid), insert the
    // payment, update the installment.
    private Recorded record(long installmentId, String key, String hash, BigDecimal amount, NewPayment request) {
        PaymentLedger.Payable installment = ledger.lock(installmentId)
                .orElseThrow(() -> ApiProblem.notFound("Installment", installmentId));
        // Read under the lock: a retry that waited for it finds the payment the first request committed.
        List<PaymentLedger.Earlier> earlier = ledger.earlierOf(installmentId);
        if (earlier.stream().anyMatch(p -> key.equals(p.idempotencyKey()))) {
            return replay(key, installmentId, hash);
        }
        ApiProblem refusal = refusal(installment, amount, request, earlier.size());
        if (refusal != null) {
            // A key already used on another installment is named as such rather than by this installment's rule.
            if (payments.findByIdempotencyKey(key).isPresent()) {
                return replay(key, installmentId, hash);
            }
            throw refusal;
        }
        List<LatePaymentInterest.Paid> counted = new ArrayList<>();
        for (PaymentLedger.Earlier p : earlier) {
            if (!p.reversed()) {
                counted.add(new LatePaymentInterest.Paid(p.paidDate(), p.amount()));
            }
        }
        counted.add(new LatePaymentInterest.Paid(request.paidDate(), amount));
        PaidState after = PaidState.after(installment.status(), installment.amount(), installment.dueDate(),
                installment.dailyRate(), counted);
        // A key sent for two installments at once fails here, on its unique constraint.
        PaymentLedger.Inserted inserted = ledger.record(new PaymentLedger.Entry(installmentId, amount,
                request.paidDate(), request.voucherNo(), key, hash), after);
        return new Recorded(new PaymentView(inserted.id(), installmentId, amount, request.paidDate(),
                request.voucherNo(), key, false, null, null, null, inserted.createdBy(), inserted.createdAt(),
                after.status(), installment.amount().subtract(after.paidAmount())), false);
    }

    /** Why the payment is refused, or null. */
    private ApiProblem refusal(PaymentLedger.Payable installment, BigDecimal amount, NewPayment request,
            int paymentCount) {
        if (installment.status() == InstallmentStatus.PENDING) {
            return ApiProblem.businessRule(RuleNames.NOT_PAYABLE, "installment " + installment.id()
                    + " is not payable: its trigger " + installment.trigger() + " has not been recorded");
        }
        if (installment.status() == InstallmentStatus.CANCELLED) {
            return ApiProblem.businessRule(RuleNames.NOT_PAYABLE,
                    "installment " + installment.id() + " was cancelled");
        }
        if (amount.compareTo(installment.outstanding()) > 0) {
            return ApiProblem.businessRule(RuleNames.EXCEEDS_OUTSTANDING, "amount",
                    "only " + installment.outstanding().toPlainString() + " is outstanding on installment "
                            + installment.id());
        }
        if (paymentCount >= Limits.MAX_PAYMENTS) {
            return ApiProblem.businessRule(RuleNames.TOO_MANY_PAYMENTS,
                    "installment " + installment.id() + " already has " + Limits.MAX_PAYMENTS + " payments");
        }
        if (request.paidDate().isAfter(LocalDate.now(clock))) {
            return ApiProblem.businessRule(RuleNames.PAYMENT_IN_FUTURE, "paidDate",
                    "a payment cannot be dated in the future");
        }
        return null;
    }

    private Recorded replay(String key, long installmentId, String hash) {
        Payment earlier = payments.findByIdempotencyKey(key)
                .orElseThrow(() -> new IllegalStateException("payment with key " + key + " vanished"));
        if (earlier.installment.id != installmentId || !earlier.requestHash.equals(hash)) {
            throw ApiProblem.businessRule(RuleNames.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key",
                    "this key already recorded a different payment (" + earlier.id + "); use a new key");
        }
        return new Recorded(PaymentView.of(earlier, earlier.installment), true);
    }

    @Transactional
    public PaymentView reverse(long paymentId, String reason) {
        Payment payment = payments.findByIdOptional(paymentId)
                .orElseThrow(() -> ApiProblem.notFound("Payment", paymentId));
        Installment installment = installments.findForUpdate(payment.installment.id).orElseThrow();
        payments.getEntityManager().refresh(payment, LockModeType.PESSIMISTIC_WRITE);
        if (payment.reversed) {
            throw ApiProblem.conflict("already-reversed",
                    "payment " + paymentId + " was reversed on " + payment.reversedAt + " by " + payment.reversedBy);
        }
        payment.reversed = true;
        payment.reversedAt = Instant.now(clock);
        payment.reversedBy = CurrentUser.name();
        payment.reversalReason = reason;
        payments.flush();
        rules.refreshInterest(installment, payments.counted(installment.id));
        installments.flush();
        return PaymentView.of(payment, installment);
    }

    @Transactional
    public PaymentView get(long paymentId) {
        Payment payment = payments.findByIdOptional(paymentId)
                .orElseThrow(() -> ApiProblem.notFound("Payment", paymentId));
        return PaymentView.of(payment, payment.installment);
    }

    @Transactional
    public List<PaymentView> ofInstallment(long installmentId) {
        Installment installment = installments.findByIdOptional(installmentId)
                .orElseThrow(() -> ApiProblem.notFound("Installment", installmentId));
        return payments.ofInstallment(installmentId).stream().map(p -> PaymentView.of(p, installment)).toList();
    }

    private static String hash(long installmentId, BigDecimal amount, NewPayment request) {
        String canonical = installmentId + "|" + amount.toPlainString() + "|" + request.paidDate() + "|"
                + request.voucherNo();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isKeyViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains(KEY_CONSTRAINT)) {
                return true;
            }
        }
        return false;
    }
}
