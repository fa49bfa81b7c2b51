//! Money: `rust_decimal::Decimal` everywhere, never a float. Full precision inside; rounding to the
//! cent (half away from zero, the usual payroll rounding) only where an amount is shown.

use rust_decimal::{Decimal, RoundingStrategy};

/// An amount rounded to the cent for display.
pub fn to_cents(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// "€18,440", "€1,234.56": English formatting for explanations (the UI formats per locale).
pub fn euro(amount: Decimal) -> String {
    let cents = to_cents(amount);
    let negative = cents.is_sign_negative() && !cents.is_zero();
    let text = cents.abs().to_string();
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let fraction = match fraction.len() {
        0 => String::new(),
        1 => format!(".{fraction}0"),
        _ => format!(".{fraction}"),
    };
    format!("{}€{grouped}{fraction}", if negative { "-" } else { "" })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn euros_read_well() {
        assert_eq!(euro(Decimal::from(18_440)), "€18,440");
        assert_eq!(euro(Decimal::from_str("1234.5").unwrap()), "€1,234.50");
        assert_eq!(euro(Decimal::from_str("999.999").unwrap()), "€1,000.00");
        assert_eq!(euro(Decimal::from_str("-12.005").unwrap()), "-€12.01");
        assert_eq!(euro(Decimal::ZERO), "€0");
    }
}
