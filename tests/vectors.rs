//! Native run of the sourced test vectors in tests/vectors/.
#![cfg(not(target_arch = "wasm32"))]

mod common;

#[test]
fn every_vector_holds() {
    match common::run_all_vectors() {
        Ok(count) => assert!(count >= 200, "only {count} vectors were read"),
        Err(failures) => panic!("{} vector(s) failed:\n{}", failures.len(), failures.join("\n")),
    }
}

#[test]
fn every_payslip_vector_holds() {
    match common::run_payslip_vectors() {
        Ok(count) => assert!(count >= 40, "only {count} payslip vectors were read"),
        Err(failures) => panic!("{} payslip vector(s) failed:\n{}", failures.len(), failures.join("\n")),
    }
}
