import { tillOfferCases } from './till-offers-cases';

tillOfferCases('seeded');
