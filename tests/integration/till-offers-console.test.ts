import { tillOfferCases } from './till-offers-cases';

/** The same tests against the seeded offers made again through the staff console. */
tillOfferCases('console');
