//! The deadline state of a commitment, derived from its due date and its status history.

use crate::values::{CommitmentStatus, Day};

/// Where a commitment stands against its promised date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineState {
    /// No date was promised.
    None,
    /// The date is still ahead.
    Pending,
    /// The date is today.
    Due,
    /// The date has passed and no outcome is on record.
    Overdue,
    /// It came into force or was fulfilled on or before the date.
    Met,
    /// It came into force late, or was rejected or withdrawn after being promised by a date.
    Missed,
}

impl DeadlineState {
    /// The stored and URL form.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Pending => "pending",
            Self::Due => "due",
            Self::Overdue => "overdue",
            Self::Met => "met",
            Self::Missed => "missed",
        }
    }

    /// The label shown to readers.
    pub fn label(self) -> &'static str {
        match self {
            Self::None => "No deadline",
            Self::Pending => "Pending",
            Self::Due => "Due today",
            Self::Overdue => "Overdue",
            Self::Met => "Met",
            Self::Missed => "Missed",
        }
    }
}

/// One status change as the deadline sees it: the status and the day it happened, if known.
pub type StatusChange = (CommitmentStatus, Option<Day>);

/// Derives the deadline state. `history` is in chronological order; an outcome with an unknown
/// date cannot be placed against the deadline, so it counts as on time only if nothing says
/// otherwise.
pub fn deadline_state(due_on: Option<Day>, history: &[StatusChange], today: Day) -> DeadlineState {
    let Some(due) = due_on else {
        return DeadlineState::None;
    };
    let outcome = history.iter().find(|(status, _)| {
        matches!(
            status,
            CommitmentStatus::InForce
                | CommitmentStatus::Fulfilled
                | CommitmentStatus::Rejected
                | CommitmentStatus::Withdrawn
        )
    });
    match outcome {
        Some((CommitmentStatus::InForce | CommitmentStatus::Fulfilled, on)) => match on {
            Some(day) if *day > due => DeadlineState::Missed,
            _ => DeadlineState::Met,
        },
        Some(_) => DeadlineState::Missed,
        None if today < due => DeadlineState::Pending,
        None if today == due => DeadlineState::Due,
        None => DeadlineState::Overdue,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use CommitmentStatus::*;

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    #[test]
    fn without_a_due_date_there_is_no_deadline() {
        assert_eq!(
            deadline_state(None, &[(Pledged, None)], day("2025-08-20")),
            DeadlineState::None
        );
    }

    #[test]
    fn open_commitments_move_from_pending_to_due_to_overdue() {
        let due = Some(day("2025-08-28"));
        let history = [(Proposed, Some(day("2025-08-18")))];
        assert_eq!(
            deadline_state(due, &history, day("2025-08-20")),
            DeadlineState::Pending
        );
        assert_eq!(
            deadline_state(due, &history, day("2025-08-28")),
            DeadlineState::Due
        );
        assert_eq!(
            deadline_state(due, &history, day("2025-08-29")),
            DeadlineState::Overdue
        );
    }

    #[test]
    fn outcomes_are_judged_against_the_due_date() {
        let due = Some(day("2025-08-28"));
        let on_time = [(Pledged, None), (InForce, Some(day("2025-08-27")))];
        assert_eq!(
            deadline_state(due, &on_time, day("2026-01-01")),
            DeadlineState::Met
        );
        let late = [(Pledged, None), (Fulfilled, Some(day("2025-09-02")))];
        assert_eq!(
            deadline_state(due, &late, day("2026-01-01")),
            DeadlineState::Missed
        );
        let dropped = [(Pledged, None), (Withdrawn, Some(day("2025-08-25")))];
        assert_eq!(
            deadline_state(due, &dropped, day("2025-08-26")),
            DeadlineState::Missed
        );
    }
}
