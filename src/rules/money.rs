//! Money: `rust_decimal::Decimal` everywhere, never a float. Full precision inside; rounding to the
//! cent (half away from zero, the usual payroll rounding) only where an amount is shown
//! (`Language::euro` writes it the way each language does).

use rust_decimal::{Decimal, RoundingStrategy};

/// An amount rounded to the cent for display.
pub fn to_cents(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn cents_round_half_away_from_zero() {
        assert_eq!(to_cents(Decimal::from_str("12.005").unwrap()).to_string(), "12.01");
        assert_eq!(to_cents(Decimal::from_str("-12.005").unwrap()).to_string(), "-12.01");
        assert_eq!(to_cents(Decimal::from_str("999.999").unwrap()).to_string(), "1000.00");
    }
}
