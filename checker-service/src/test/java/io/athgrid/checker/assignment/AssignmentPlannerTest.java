package io.athgrid.checker.assignment;

import static io.athgrid.checker.fixtures.Checkers.CONTAINER_OWNER;
import static io.athgrid.checker.fixtures.Checkers.NOW;
import static io.athgrid.checker.fixtures.Checkers.license;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.checker.fixtures.Checkers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AssignmentPlannerTest {

    private final AssignmentPlanner planner = new AssignmentPlanner(1, "test-seed");

    private static List<Long> ids(AssignmentPlan plan) {
        return plan.chosen().stream().map(License::licenseId).toList();
    }

    @Test
    void a_job_goes_to_2n_plus_1_licenses_in_distinct_regions() {
        List<License> licenses = List.of(license(1, "eu-west"), license(2, "eu-west"), license(3, "us-east"),
                license(4, "ap-south"), license(5, "us-east"));

        AssignmentPlan plan = planner.plan("job-1", CONTAINER_OWNER, licenses, Map.of(), NOW);

        assertThat(plan.complete()).isTrue();
        assertThat(plan.chosen()).hasSize(3).extracting(License::region)
                .containsExactlyInAnyOrder("eu-west", "us-east", "ap-south");
        assertThat(new AssignmentPlanner(2, "s").seats()).isEqualTo(5);
    }

    @Test
    void never_a_license_the_containers_owner_owns_or_runs() {
        License owned = new License(1, CONTAINER_OWNER, Checkers.runner(1).getAddress(), "eu-west", true, true, null);
        License run = new License(2, Checkers.wallet(42).getAddress(), CONTAINER_OWNER.toUpperCase().replace("0X", "0x"),
                "us-east", true, true, null);
        List<License> licenses = List.of(owned, run, license(3, "ap-south"), license(4, "eu-north"),
                license(5, "sa-east"));

        assertThat(ids(planner.plan("job-1", CONTAINER_OWNER, licenses, Map.of(), NOW)))
                .containsExactlyInAnyOrder(3L, 4L, 5L);
    }

    @Test
    void inactive_offline_and_banned_licenses_get_no_jobs_until_the_ban_ends() {
        License inactive = new License(1, "0x01", null, "eu-west", false, true, null);
        License offline = new License(2, "0x02", null, "us-east", true, false, null);
        License banned = new License(3, "0x03", null, "ap-south", true, true, NOW.plusSeconds(1));
        List<License> licenses = List.of(inactive, offline, banned, license(4, "eu-north"));

        AssignmentPlan now = planner.plan("job-1", CONTAINER_OWNER, licenses, Map.of(), NOW);
        AssignmentPlan later = planner.plan("job-1", CONTAINER_OWNER, licenses, Map.of(), NOW.plusSeconds(1));

        assertThat(ids(now)).containsExactly(4L);
        assertThat(now.complete()).isFalse();
        assertThat(now.eligible()).isEqualTo(1);
        assertThat(ids(later)).containsExactlyInAnyOrder(3L, 4L);
    }

    @Test
    void takes_the_least_loaded_license_of_each_region() {
        List<License> licenses = List.of(license(1, "eu-west"), license(2, "eu-west"), license(3, "us-east"),
                license(4, "ap-south"), license(5, "us-east"));
        Map<Long, Integer> openJobs = Map.of(1L, 5, 2L, 0, 3L, 3, 4L, 9, 5L, 1);

        assertThat(ids(planner.plan("job-1", CONTAINER_OWNER, licenses, openJobs, NOW)))
                .containsExactly(2L, 5L, 4L);
    }

    @Test
    void shares_a_region_only_when_there_are_too_few_regions() {
        List<License> licenses = List.of(license(1, "eu-west"), license(2, "eu-west"), license(3, "eu-west"),
                license(4, "us-east"));
        Map<Long, Integer> openJobs = Map.of(1L, 2, 2L, 0, 3L, 1, 4L, 7);

        assertThat(ids(planner.plan("job-1", CONTAINER_OWNER, licenses, openJobs, NOW)))
                .containsExactly(2L, 4L, 3L);
    }

    @Test
    void equal_licenses_share_jobs_evenly_and_the_same_job_always_gets_the_same_plan() {
        List<License> licenses = IntStream.rangeClosed(1, 6).mapToObj(id -> license(id, "eu-west")).toList();
        Map<Long, Integer> chosen = new HashMap<>();

        for (int job = 0; job < 600; job++) {
            ids(planner.plan("job-" + job, CONTAINER_OWNER, licenses, Map.of(), NOW))
                    .forEach(id -> chosen.merge(id, 1, Integer::sum));
        }

        // 600 jobs x 3 seats over 6 licenses: 300 each if perfectly even
        assertThat(chosen.values()).allSatisfy(count -> assertThat(count).isBetween(240, 360));
        assertThat(ids(planner.plan("job-7", CONTAINER_OWNER, licenses, Map.of(), NOW)))
                .isEqualTo(ids(planner.plan("job-7", CONTAINER_OWNER, licenses, Map.of(), NOW)));
        assertThat(IntStream.range(0, 20).mapToObj(job -> ids(new AssignmentPlanner(1, "other-seed")
                .plan("job-" + job, CONTAINER_OWNER, licenses, Map.of(), NOW))).toList())
                .isNotEqualTo(IntStream.range(0, 20).mapToObj(job -> ids(planner
                        .plan("job-" + job, CONTAINER_OWNER, licenses, Map.of(), NOW))).toList());
    }

    @Test
    void a_replacement_is_nobody_who_sat_on_the_job_before_and_prefers_a_region_not_seated() {
        CheckJob job = Checkers.livenessJob(1, 2, 3).mark(1, SeatState.TIMED_OUT);
        List<License> licenses = List.of(license(1, "eu-west"), license(2, "us-east"), license(3, "ap-south"),
                license(4, "us-east"), license(5, "eu-north"));

        // 4 is less loaded, but its region is already seated
        assertThat(planner.replacement(job, licenses, Map.of(5L, 4), NOW)).map(License::licenseId).contains(5L);
        assertThat(planner.replacement(job, licenses.subList(0, 3), Map.of(), NOW)).isEmpty();
    }
}
