"""Carer's Passport: a local-first, employee-owned record of caring and agreed flexibilities."""

__version__ = "0.1.0"
APP_ID = "org.carerpassport.CarerPassport"
