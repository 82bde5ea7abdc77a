/**
 * Names, places and outlets the corpus generator puts in place of the source articles' own, so a
 * generated corpus has thousands of people who recur across articles, as a newsroom's archive does.
 */
export const GIVEN_NAMES = `Amara Daniel Sofia Mateo Hannah Omar Leila Tomas Ingrid Kofi Mei Rafael Ayesha Lukas Nadia Pedro
Yuki Samuel Elena Tariq Grace Viktor Priya Jonas Fatima Marco Chloe Dmitri Zainab Felix Rosa Hiroshi Anika Gabriel
Noor Stefan Lucia Kwame Irene Andrei Maya Jamal Clara Emeka Sara Henrik Aditi Paolo Olga Ibrahim Julia Karim Teresa
Nikolai Amina Oscar Helena Sunil Marta Hassan Alice Bruno Esther Rahul Vera Diego Ana Malik Nina Arjun Lena Tobias`
  .split(/\s+/)
  .filter(Boolean);

export const SURNAMES = `Okafor Lindqvist Moreau Haddad Takahashi Novak Alvarez Mensah Petrov Kowalski Rossi Nakamura
Oduya Fischer Castillo Rahman Bergstrom Costa Ivanova Mahmoud Whitfield Dubois Sato Osei Horvath Lindgren Mwangi Ferreira
Kaplan Yilmaz Andersen Ricci Chowdhury Weber Santos Karimi Nieminen Abara Vasquez Koval Brennan Hakimi Jansen Moretti
Tanaka Adeyemi Larsen Greco Siddiqui Keller Duarte Farouk Holm Varga Oyelaran Marchetti Quint Baptiste Hollis Ngata
Sorensen Aziz Carvalho Demir Falk Ibarra Jovanovic Kruger Lombardi Mbeki Nordin Orlov Pereira Renner Szabo Toivonen`
  .split(/\s+/)
  .filter(Boolean);

export const PLACES = `Nairobi Lisbon Oslo Manila Lima Accra Warsaw Hanoi Quito Tunis Riga Dakar Bogota Sofia Kyiv
Ankara Jakarta Santiago Vienna Helsinki Algiers Baku Tbilisi Yerevan Montevideo Asuncion Kampala Lusaka Harare Tallinn
Vilnius Prague Budapest Bucharest Belgrade Zagreb Athens Valletta Reykjavik Dublin Canada Brazil Nigeria Kenya Poland
Chile Peru Vietnam Indonesia Norway Finland Portugal Ghana Senegal Morocco Georgia Armenia Ecuador Uruguay Zambia`
  .split(/\s+/)
  .filter(Boolean);

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
