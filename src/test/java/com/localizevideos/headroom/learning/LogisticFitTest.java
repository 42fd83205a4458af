package com.localizevideos.headroom.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class LogisticFitTest {

    @Test
    void recoversTheCoefficientsThatGeneratedTheLabels() {
        Random random = new Random(7);
        int n = 20_000;
        double[][] x = new double[n][];
        int[] y = new int[n];
        double[] truth = {-3.0, 0.05, -0.8};
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {random.nextDouble() * 100, random.nextGaussian()};
            y[i] = random.nextDouble() < LogisticFit.probability(truth, x[i]) ? 1 : 0;
        }
        LogisticFit.Result fit = LogisticFit.fit(x, y, 0);
        assertEquals(-3.0, fit.coefficients()[0], 0.15);
        assertEquals(0.05, fit.coefficients()[1], 0.004);
        assertEquals(-0.8, fit.coefficients()[2], 0.06);
    }

    @Test
    void separableLabelsStayFiniteWithARidgeAndKeepTheOrder() {
        double[][] x = {{10}, {20}, {30}, {40}, {60}, {70}, {80}, {90}};
        int[] y = {0, 0, 0, 0, 1, 1, 1, 1};
        LogisticFit.Result fit = LogisticFit.fit(x, y, 0.01);
        assertTrue(Double.isFinite(fit.coefficients()[1]) && fit.coefficients()[1] > 0, "slope " + fit.coefficients()[1]);
        assertTrue(fit.predict(new double[] {90}) > 0.9 && fit.predict(new double[] {10}) < 0.1);
    }

    @Test
    void needsBothLabelsAndMatchingRows() {
        assertThrows(IllegalArgumentException.class, () -> LogisticFit.fit(new double[][] {{1}, {2}}, new int[] {1, 1}, 0));
        assertThrows(IllegalArgumentException.class, () -> LogisticFit.fit(new double[][] {{1}, {2}}, new int[] {1}, 0));
        assertThrows(IllegalArgumentException.class, () -> LogisticFit.fit(new double[][] {{1}, {2}}, new int[] {0, 2}, 0));
    }
}
