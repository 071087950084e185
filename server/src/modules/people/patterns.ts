/** Mainland mobile or landline numbers, as staff type them. */
export const PHONE = { regex: /^[0-9+\-() ]{7,20}$/, message: 'a phone number of 7 to 20 digits (spaces, +, - and brackets allowed)' };

/** Resident identity card number: 17 digits and a digit or X. */
export const ID_NUMBER = { regex: /^\d{17}[\dXx]$/, message: 'an 18-character identity number (17 digits and a digit or X)' };
