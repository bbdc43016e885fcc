package io.athgrid.staking.epoch;

import java.time.Clock;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Where the staking calendar stands. */
@RestController
class CurrentEpochController {

    private final EpochCalendar calendar;
    private final EpochCursor cursor;
    private final EpochClosing closing;
    private final Clock clock;

    CurrentEpochController(EpochCalendar calendar, EpochCursor cursor, EpochClosing closing, Clock clock) {
        this.calendar = calendar;
        this.cursor = cursor;
        this.closing = closing;
        this.clock = clock;
    }

    @GetMapping("/epochs/current")
    EpochView current() {
        Instant now = clock.instant();
        Epoch epoch = calendar.epochAt(now);
        return new EpochView(epoch.number(), epoch.startsAt(), epoch.displayedEnd(), epoch.endsAt(),
                closing.closesAt(epoch), !now.isBefore(calendar.genesis()), cursor.lastClosed());
    }
}
