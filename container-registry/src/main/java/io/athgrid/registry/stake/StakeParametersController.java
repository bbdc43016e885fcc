package io.athgrid.registry.stake;

import io.athgrid.protocol.container.GpuModel;
import io.athgrid.registry.web.Months;
import io.athgrid.support.web.InvalidRequestException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operators keep the monthly K-Value table and staking coefficient. */
@RestController
@RequestMapping("/stake-parameters")
@PreAuthorize("hasRole('OPERATOR')")
class StakeParametersController {

    /** 10^30 wei = 10^12 ATH per GPU: far above any sensible K, well within numeric(78). */
    private static final BigInteger MAX_K_VALUE_WEI = BigInteger.TEN.pow(30);

    private final StakeParameters parameters;

    StakeParametersController(StakeParameters parameters) {
        this.parameters = parameters;
    }

    @GetMapping
    StakeParametersView get(@RequestParam(required = false) String month) {
        YearMonth yearMonth = month == null ? parameters.currentMonth() : Months.parse("month", month);
        return view(yearMonth);
    }

    @PutMapping("/{month}/k-values/{gpuModel}")
    StakeParametersView putKValue(@PathVariable String month, @PathVariable String gpuModel,
            @Valid @RequestBody KValueChange change) {
        YearMonth yearMonth = Months.parse("month", month);
        GpuModel model = GpuModel.find(gpuModel)
                .orElseThrow(() -> new InvalidRequestException("gpuModel", "unknown GPU model " + gpuModel));
        BigInteger kValueWei = kValueWei(change.kValueWei());
        parameters.setKValue(yearMonth, model, kValueWei);
        return view(yearMonth);
    }

    @PutMapping("/{month}/coefficient")
    StakeParametersView putCoefficient(@PathVariable String month, @Valid @RequestBody CoefficientChange change) {
        YearMonth yearMonth = Months.parse("month", month);
        parameters.setCoefficient(yearMonth, change.coefficient());
        return view(yearMonth);
    }

    private StakeParametersView view(YearMonth month) {
        Map<String, String> kValues = new LinkedHashMap<>();
        parameters.kValues(month).forEach((model, value) -> kValues.put(model.name(), value.toString()));
        return new StakeParametersView(month.toString(), kValues, parameters.coefficient(month),
                parameters.isFixed(month));
    }

    private static BigInteger kValueWei(String text) {
        try {
            BigInteger value = new BigInteger(text);
            if (value.signum() > 0 && value.compareTo(MAX_K_VALUE_WEI) <= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidRequestException("kValueWei", "must be a whole number of wei, 1 .. 10^30");
    }

    /** @param kValueWei ATH wei per GPU, as a decimal string */
    record KValueChange(@NotNull String kValueWei) {
    }

    record CoefficientChange(
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Digits(integer = 4, fraction = 18)
            BigDecimal coefficient) {
    }

    /** @param fixed whether the month has begun (or passed), so its parameters can no longer change */
    record StakeParametersView(String month, Map<String, String> kValuesWei, BigDecimal coefficient, boolean fixed) {
    }
}
