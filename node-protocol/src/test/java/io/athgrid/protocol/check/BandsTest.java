package io.athgrid.protocol.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandsTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "9.99, 0", "10, 10", "49.9, 10", "50, 50", "100, 50"})
    void a_reading_falls_in_the_band_whose_lower_edge_it_reaches(String lossPercent, long band) {
        assertThat(Bands.floor(new BigDecimal(lossPercent), Bands.PACKET_LOSS_PERCENT)).isEqualTo(band);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "0.99, 0", "1, 1", "1.99, 1", "2, 3", "3, 4", "4, 5", "5, 5", "6, 6", "8, 7", "11, 7",
            "12, 8"})
    void half_octave_bands_are_the_bit_length_of_the_squared_whole_part(String value, int band) {
        assertThat(Bands.halfOctave(new BigDecimal(value))).isEqualTo(band);
    }

    @Test
    void honest_benchmark_noise_stays_in_one_band_and_half_the_score_is_two_bands_down() {
        int band = Bands.halfOctave(new BigDecimal("101200"));

        assertThat(Bands.halfOctave(new BigDecimal("98500"))).isEqualTo(band);
        assertThat(Bands.halfOctave(new BigDecimal("50600"))).isEqualTo(band - 2);
    }

    @ParameterizedTest
    @CsvSource({"79, 80", "80, 80", "81, 80", "82, 84", "139, 140", "141, 140", "23, 24", "0, 0"})
    void vram_reads_to_the_nearest_four_gigabytes(int measured, int canonical) {
        assertThat(Bands.vramGb(measured)).isEqualTo(canonical);
    }
}
