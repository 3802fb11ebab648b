/**
 * What result fields hold, as the assistant's answer names them in each second language (format:
 * lexicon.ts; the keys are assistant/words.ts labels, lower-cased). A fact whose field is not
 * here is left out of a second-language answer rather than named by guess.
 */
export const LEXICON_RESULTS = `
status | m estado | m statut | m Status|Status | m estado | m stato
price | m precio | m prix|prix | m Preis|-e | m preço | m prezzo
total price | m precio total|precios totales | m prix total|prix totaux | m Gesamtpreis|-e | m preço total|preços totais | m prezzo totale|prezzi totali
rating | f valoración|valoraciones | f note | f Bewertung|-en | f avaliação|avaliações | f valutazione|valutazioni
average rating | f valoración media|valoraciones medias | f note moyenne|notes moyennes | f Durchschnittsbewertung|-en | f avaliação média|avaliações médias | f valutazione media|valutazioni medie
value | m valor|valores | f valeur | m Wert|-e | m valor|valores | m valore
level | m nivel|niveles | m niveau|niveaux | n Niveau|-s | m nível|níveis | m livello
author | m autor|autores | m auteur | m Autor|-en | m autor|autores | m autore
distance | f distancia | f distance | f Entfernung|-en | f distância | f distanza
temperature | f temperatura | f température | f Temperatur|-en | f temperatura | f temperatura
release date | f fecha de lanzamiento|fechas de lanzamiento | f date de sortie|dates de sortie | n Erscheinungsdatum|Erscheinungsdaten | f data de lançamento|datas de lançamento | f data di uscita|date di uscita
points possible | fp puntuación máxima | mp points possibles | f Höchstpunktzahl|-en | fp pontuação máxima | mp punti disponibili
depth | f profundidad|profundidades | f profondeur | f Tiefe|-n | f profundidade | f profondità|profondità
subtotal | m subtotal|subtotales | m sous-total|sous-totaux | f Zwischensumme|-n | m subtotal|subtotais | m subtotale
start | m inicio | m début | m Beginn|Beginn | m início | m inizio|inizi
end | m final|finales | f fin | n Ende|-n | m fim|fins | f fine|fini
time | f hora | f heure | f Uhrzeit|-en | m horário|horários | m orario|orari
start time | f hora de inicio|horas de inicio | f heure de début|heures de début | f Startzeit|-en | m horário de início|horários de início | m orario di inizio|orari di inizio
end time | f hora de fin|horas de fin | f heure de fin|heures de fin | f Endzeit|-en | m horário de término|horários de término | m orario di fine|orari di fine
birth date | f fecha de nacimiento|fechas de nacimiento | f date de naissance|dates de naissance | n Geburtsdatum|Geburtsdaten | f data de nascimento|datas de nascimento | f data di nascita|date di nascita
vote average | f puntuación media|puntuaciones medias | f note moyenne|notes moyennes | f Durchschnittsnote|-n | f nota média|notas médias | m voto medio|voti medi
item count | m número de artículos|números de artículos | m nombre d'articles|nombres d'articles | f Artikelanzahl|-en | m número de itens|números de itens | m numero di articoli|numeri di articoli
rank | m puesto | m rang | m Rang|Ränge | f posição|posições | f posizione|posizioni
breach date | f fecha de la filtración|fechas de la filtración | f date de la fuite|dates de la fuite | n Datum des Datenlecks|Daten des Datenlecks | f data do vazamento|datas do vazamento | f data della violazione|date della violazione
monthly payment | f cuota mensual|cuotas mensuales | f mensualité | f Monatsrate|-n | f prestação mensal|prestações mensais | f rata mensile|rate mensili
monthly price | m precio mensual|precios mensuales | m prix mensuel|prix mensuels | m Monatspreis|-e | m preço mensal|preços mensais | m prezzo mensile|prezzi mensili
total | m total|totales | m total|totaux | f Summe|-n | m total|totais | m totale
organizer | m organizador|organizadores | m organisateur | m Veranstalter|Veranstalter | m organizador|organizadores | m organizzatore
price level | m nivel de precios|niveles de precios | m niveau de prix|niveaux de prix | n Preisniveau|-s | m nível de preço|níveis de preço | m livello di prezzo|livelli di prezzo
amount charged | m importe cobrado|importes cobrados | m montant débité | m Abbuchungsbetrag|Abbuchungsbeträge | m valor cobrado|valores cobrados | m importo addebitato|importi addebitati
subject | m asunto | m objet | m Betreff|-e | m assunto | m oggetto
current score | f puntuación actual|puntuaciones actuales | m score actuel|scores actuels | m Punktestand|Punktestände | f pontuação atual|pontuações atuais | m punteggio attuale|punteggi attuali
salary | m salario | m salaire | n Gehalt|Gehälter | m salário | m stipendio|stipendi
salary maximum | m salario máximo|salarios máximos | m salaire maximum|salaires maximums | n Höchstgehalt|Höchstgehälter | m salário máximo|salários máximos | m stipendio massimo|stipendi massimi
wind speed | f velocidad del viento|velocidades del viento | f vitesse du vent|vitesses du vent | f Windgeschwindigkeit|-en | f velocidade do vento|velocidades do vento | f velocità del vento|velocità del vento
cash price | m precio al contado|precios al contado | m prix au comptant|prix au comptant | m Kassapreis|-e | m preço à vista|preços à vista | m prezzo a pronti|prezzi a pronti
premium | f prima | f prime | f Prämie|-n | m prêmio | m premio|premi
players | mp jugadores | mp joueurs | mp Spieler | mp jogadores | mp giocatori
venue | m lugar|lugares | m lieu|lieux | m Austragungsort|-e | m local|locais | m luogo|luoghi
categories | fp categorías | fp catégories | fp Kategorien | fp categorias | fp categorie
confidence | f confianza | f confiance | f Konfidenz|-en | f confiança | f affidabilità|affidabilità
primary practitioner | m médico de cabecera|médicos de cabecera | m médecin traitant|médecins traitants | m Hausarzt|Hausärzte | m médico responsável|médicos responsáveis | m medico curante|medici curanti
attendee count | m número de asistentes|números de asistentes | m nombre de participants|nombres de participants | f Teilnehmerzahl|-en | m número de participantes|números de participantes | m numero di partecipanti|numeri di partecipanti
confirmed time | f hora confirmada|horas confirmadas | f heure confirmée|heures confirmées | f Uhrzeit|-en | m horário confirmado|horários confirmados | m orario confermato|orari confermati
cvss v3 score | f puntuación CVSS v3|puntuaciones CVSS v3 | m score CVSS v3|scores CVSS v3 | m CVSS-v3-Wert|-e | f pontuação CVSS v3|pontuações CVSS v3 | m punteggio CVSS v3|punteggi CVSS v3
points | mp puntos | mp points | mp Punkte | mp pontos | mp punti
hours | fp horas | fp heures | fp Stunden | fp horas | fp ore
minutes | mp minutos | fp minutes | fp Minuten | mp minutos | mp minuti
area km2 | f superficie | f superficie | f Fläche|-n | f área | f superficie|superfici
uv maximum | m índice UV máximo|índices UV máximos | m indice UV maximum|indices UV maximums | m UV-Höchstwert|-e | m índice UV máximo|índices UV máximos | m indice UV massimo|indici UV massimi
risk level | m nivel de riesgo|niveles de riesgo | m niveau de risque|niveaux de risque | f Risikostufe|-n | m nível de risco|níveis de risco | m livello di rischio|livelli di rischio
popularity | f popularidad|popularidades | f popularité | f Beliebtheit|-en | f popularidade | f popolarità|popolarità
track count | m número de pistas|números de pistas | m nombre de titres|nombres de titres | f Titelanzahl|-en | m número de faixas|números de faixas | m numero di brani|numeri di brani
length | f duración|duraciones | f durée | f Länge|-n | f duração|durações | f durata
science:length | f longitud|longitudes | f longueur | f Länge|-n | m comprimento | f lunghezza
album | m álbum|álbumes | m album | n Album|Alben | m álbum|álbuns | m album|album
service level | m nivel de servicio|niveles de servicio | m niveau de service|niveaux de service | n Servicelevel|-s | m nível de serviço|níveis de serviço | m livello di servizio|livelli di servizio
artists | mp artistas | mp artistes | mp Künstler | mp artistas | mp artisti
case name | m nombre del caso|nombres del caso | m nom de l'affaire|noms de l'affaire | m Name des Falls|Namen des Falls | m nome do caso|nomes do caso | m nome del caso|nomi del caso
interpretation | f interpretación|interpretaciones | f interprétation | f Interpretation|-en | f interpretação|interpretações | f interpretazione|interpretazioni
stops | fp escalas | fp escales | mp Zwischenstopps | fp escalas | mp scali
precipitation probability | f probabilidad de lluvia|probabilidades de lluvia | f probabilité de précipitations|probabilités de précipitations | f Niederschlagswahrscheinlichkeit|-en | f probabilidade de chuva|probabilidades de chuva | f probabilità di pioggia|probabilità di pioggia
precipitation | f precipitación|precipitaciones | fp précipitations | m Niederschlag|Niederschläge | f precipitação|precipitações | fp precipitazioni
on hand | fp existencias | m stock disponible|stocks disponibles | m Lagerbestand|Lagerbestände | m estoque disponível|estoques disponíveis | fp giacenze
phone | m teléfono | m téléphone | n Telefon|-e | m telefone | m telefono
runtime | f duración|duraciones | f durée | f Laufzeit|-en | f duração|durações | f durata
maximum players | m número máximo de jugadores|números máximos de jugadores | m nombre maximum de joueurs|nombres maximums de joueurs | f Maximalzahl der Spieler|Maximalzahlen der Spieler | m número máximo de jogadores|números máximos de jogadores | m numero massimo di giocatori|numeri massimi di giocatori
deductible | f franquicia | f franchise | f Selbstbeteiligung|-en | f franquia | f franchigia|franchigie
total reviews | m total de reseñas|totales de reseñas | m nombre total d'avis|nombres totaux d'avis | f Gesamtzahl der Bewertungen|Gesamtzahlen der Bewertungen | m total de avaliações|totais de avaliações | m totale delle recensioni|totali delle recensioni
weeks | fp semanas | fp semaines | fp Wochen | fp semanas | fp settimane
attendance | f asistencia | f fréquentation | f Zuschauerzahl|-en | m público|públicos | f affluenza|affluenze
away team | m equipo visitante|equipos visitantes | f équipe à l'extérieur|équipes à l'extérieur | f Gastmannschaft|-en | m time visitante|times visitantes | f squadra ospite|squadre ospiti
home team | m equipo local|equipos locales | f équipe à domicile|équipes à domicile | f Heimmannschaft|-en | m time da casa|times da casa | f squadra di casa|squadre di casa
fee | f tarifa | m frais|frais | f Gebühr|-en | f taxa | f commissione|commissioni
original language | m idioma original|idiomas originales | f langue originale|langues originales | f Originalsprache|-n | m idioma original|idiomas originais | f lingua originale|lingue originali
temperature maximum | f temperatura máxima|temperaturas máximas | f température maximale|températures maximales | f Höchsttemperatur|-en | f temperatura máxima|temperaturas máximas | f temperatura massima|temperature massime
delivery fee | m gasto de envío|gastos de envío | m frais de livraison|frais de livraison | f Liefergebühr|-en | f taxa de entrega|taxas de entrega | m costo di consegna|costi di consegna
review score | f puntuación de las reseñas|puntuaciones de las reseñas | f note des avis|notes des avis | f Bewertungsnote|-n | f nota das avaliações|notas das avaliações | m punteggio delle recensioni|punteggi delle recensioni
refund amount | m importe reembolsado|importes reembolsados | m montant remboursé|montants remboursés | m Erstattungsbetrag|Erstattungsbeträge | m valor reembolsado|valores reembolsados | m importo rimborsato|importi rimborsati
authors | mp autores | mp auteurs | mp Autoren | mp autores | mp autori
judge | m juez|jueces | m juge | mw Richter|Richter | m juiz|juízes | m giudice|giudici
home score | m marcador local|marcadores locales | m score à domicile|scores à domicile | np Heimtore | m placar da casa|placares da casa | m punteggio di casa|punteggi di casa
away score | m marcador visitante|marcadores visitantes | m score à l'extérieur|scores à l'extérieur | np Auswärtstore | m placar visitante|placares visitantes | m punteggio ospite|punteggi ospiti
review count | m número de reseñas|números de reseñas | m nombre d'avis|nombres d'avis | f Anzahl der Bewertungen|Anzahlen der Bewertungen | m número de avaliações|números de avaliações | m numero di recensioni|numeri di recensioni
cause | f causa | f cause | f Ursache|-n | f causa | f causa|cause
air date | f fecha de emisión|fechas de emisión | f date de diffusion|dates de diffusion | n Ausstrahlungsdatum|Ausstrahlungsdaten | f data de exibição|datas de exibição | f data di messa in onda|date di messa in onda
progress | m progreso | f progression | m Fortschritt|-e | m progresso | m avanzamento|avanzamenti
futures price | m precio de futuros|precios de futuros | m prix à terme|prix à terme | m Terminpreis|-e | m preço futuro|preços futuros | m prezzo dei future|prezzi dei future
city | f ciudad|ciudades | f ville | f Stadt|Städte | f cidade | f città|città
wind direction | f dirección del viento|direcciones del viento | f direction du vent|directions du vent | f Windrichtung|-en | f direção do vento|direções do vento | f direzione del vento|direzioni del vento
reference range | m rango de referencia|rangos de referencia | m intervalle de référence|intervalles de référence | m Referenzbereich|-e | m intervalo de referência|intervalos de referência | m intervallo di riferimento|intervalli di riferimento
letter grade | f calificación|calificaciones | f note | f Note|-n | m conceito|conceitos | m voto|voti
remaining balance | m saldo pendiente|saldos pendientes | m solde restant|soldes restants | m Restbetrag|Restbeträge | m saldo restante|saldos restantes | m saldo residuo|saldi residui
estimated cost | m costo estimado|costos estimados | m coût estimé|coûts estimés | f Kostenschätzung|-en | m custo estimado|custos estimados | m costo stimato|costi stimati
risk score | f puntuación de riesgo|puntuaciones de riesgo | m score de risque|scores de risque | m Risikowert|-e | f pontuação de risco|pontuações de risco | m punteggio di rischio|punteggi di rischio
apr | f TAE|TAE | m TAEG|TAEG | m effektiver Jahreszins|effektive Jahreszinsen | m CET|CET | m TAEG|TAEG
member count | m número de miembros|números de miembros | m nombre de membres|nombres de membres | f Mitgliederzahl|-en | m número de membros|números de membros | m numero di membri|numeri di membri
adjuster | m perito|peritos | m expert | m Gutachter|Gutachter | m perito|peritos | m perito|periti
sample size | m tamaño de la muestra|tamaños de la muestra | f taille de l'échantillon|tailles de l'échantillon | f Stichprobengröße|-n | m tamanho da amostra|tamanhos da amostra | f dimensione del campione|dimensioni del campione
agent name | m nombre del agente|nombres del agente | m nom de l'agent|noms de l'agent | m Name des Vertreters|Namen des Vertreters | m nome do agente|nomes do agente | m nome dell'agente|nomi dell'agente
carrier | f empresa de transporte|empresas de transporte | m transporteur | m Versanddienstleister|Versanddienstleister | f transportadora | m corriere|corrieri
estimated delivery | f entrega estimada|entregas estimadas | f livraison estimée|livraisons estimées | m Zustelltermin|-e | f entrega prevista|entregas previstas | f consegna prevista|consegne previste
balance | m saldo | m solde | m Kontostand|Kontostände | m saldo | m saldo|saldi
quantity | f cantidad|cantidades | f quantité | f Menge|-n | f quantidade | f quantità|quantità
humidity | f humedad|humedades | f humidité | f Luftfeuchtigkeit|-en | f umidade | f umidità|umidità
visibility | f visibilidad|visibilidades | f visibilité | f Sichtweite|-n | f visibilidade | f visibilità|visibilità
pressure | f presión|presiones | f pression | m Luftdruck|Luftdrücke | f pressão|pressões | f pressione|pressioni
feels like | f sensación térmica|sensaciones térmicas | m ressenti|ressentis | - | f sensação térmica|sensações térmicas | f temperatura percepita|temperature percepite
conditions | fp condiciones | fp conditions | fp Bedingungen | fp condições | fp condizioni
population | f población|poblaciones | f population | f Bevölkerung|-en | f população|populações | f popolazione|popolazioni
median household income | f renta mediana de los hogares|rentas medianas de los hogares | m revenu médian des ménages|revenus médians des ménages | n Median-Haushaltseinkommen|Median-Haushaltseinkommen | f renda mediana familiar|rendas medianas familiares | m reddito mediano delle famiglie|redditi mediani delle famiglie
open price | m precio de apertura|precios de apertura | m prix d'ouverture|prix d'ouverture | m Eröffnungskurs|-e | m preço de abertura|preços de abertura | m prezzo di apertura|prezzi di apertura
close | m precio de cierre|precios de cierre | m cours de clôture|cours de clôture | m Schlusskurs|-e | m preço de fechamento|preços de fechamento | m prezzo di chiusura|prezzi di chiusura
finance:volume | m volumen|volúmenes | m volume | n Volumen|Volumina | m volume | m volume|volumi
market cap | f capitalización bursátil|capitalizaciones bursátiles | f capitalisation boursière|capitalisations boursières | f Marktkapitalisierung|-en | f capitalização de mercado|capitalizações de mercado | f capitalizzazione di mercato|capitalizzazioni di mercato
exchange | f bolsa | f place boursière|places boursières | f Börse|-n | f bolsa | f borsa|borse
rate value | m tipo|tipos | m taux|taux | m Kurs|-e | f taxa | m tasso|tassi
estimated value | m valor estimado|valores estimados | f valeur estimée|valeurs estimées | m Schätzwert|-e | m valor estimado|valores estimados | m valore stimato|valori stimati
trade in value | m valor de recompra|valores de recompra | f valeur de reprise|valeurs de reprise | m Inzahlungnahmewert|-e | m valor na troca|valores na troca | m valore di permuta|valori di permuta
private party value | m valor entre particulares|valores entre particulares | f valeur entre particuliers|valeurs entre particuliers | m Privatverkaufswert|-e | m valor entre particulares|valores entre particulares | m valore tra privati|valori tra privati
monthly cost | m costo mensual|costos mensuales | m coût mensuel|coûts mensuels | fp Monatskosten | m custo mensal|custos mensais | m costo mensile|costi mensili
annual premium | f prima anual|primas anuales | f prime annuelle|primes annuelles | f Jahresprämie|-n | m prêmio anual|prêmios anuais | m premio annuale|premi annuali
coverage | f cobertura | f couverture | f Deckung|-en | f cobertura | f copertura|coperture
rent | m alquiler|alquileres | m loyer | f Miete|-n | m aluguel|aluguéis | m affitto|affitti
bedrooms | mp dormitorios | fp chambres | np Schlafzimmer | mp quartos | fp camere da letto
bathrooms | mp baños | fp salles de bains | np Badezimmer | mp banheiros | mp bagni
square feet | mp pies cuadrados | mp pieds carrés | mp Quadratfuß | mp pés quadrados | mp piedi quadrati
year built | m año de construcción|años de construcción | f année de construction|années de construction | n Baujahr|-e | m ano de construção|anos de construção | m anno di costruzione|anni di costruzione
list price | m precio de venta|precios de venta | m prix affiché|prix affichés | m Angebotspreis|-e | m preço pedido|preços pedidos | m prezzo di listino|prezzi di listino
sale price | m precio de venta|precios de venta | m prix de vente|prix de vente | m Verkaufspreis|-e | m preço de venda|preços de venda | m prezzo di vendita|prezzi di vendita
company name | m nombre de la empresa|nombres de la empresa | m nom de l'entreprise|noms de l'entreprise | m Firmenname|-n | m nome da empresa|nomes da empresa | m nome dell'azienda|nomi dell'azienda
employment type | m tipo de contrato|tipos de contrato | m type de contrat|types de contrat | f Anstellungsart|-en | m tipo de contrato|tipos de contrato | m tipo di contratto|tipi di contratto
duration minutes | f duración|duraciones | f durée | f Dauer|Dauern | f duração|durações | f durata
capacity factor | m factor de capacidad|factores de capacidad | m facteur de charge|facteurs de charge | m Kapazitätsfaktor|-en | m fator de capacidade|fatores de capacidade | m fattore di capacità|fattori di capacità
generation | f generación|generaciones | f production | f Erzeugung|-en | f geração|gerações | f produzione|produzioni
carbon intensity | f intensidad de carbono|intensidades de carbono | f intensité carbone|intensités carbone | f CO2-Intensität|-en | f intensidade de carbono|intensidades de carbono | f intensità di carbonio|intensità di carbonio
usage | m consumo | f consommation | m Verbrauch|Verbräuche | m consumo | m consumo
data used | mp datos consumidos | fp données consommées | m Datenverbrauch|Datenverbräuche | mp dados consumidos | mp dati consumati
minutes used | mp minutos consumidos | fp minutes consommées | m Minutenverbrauch|Minutenverbräuche | mp minutos consumidos | mp minuti consumati
yield | m rendimiento | m rendement | m Ertrag|Erträge | m rendimento | f resa|rese
ready in | m tiempo de preparación|tiempos de preparación | m temps de préparation|temps de préparation | f Zubereitungszeit|-en | m tempo de preparo|tempos de preparo | m tempo di preparazione|tempi di preparazione
calories | fp calorías | fp calories | fp Kalorien | fp calorias | fp calorie
opening hours | m horario|horarios | mp horaires | fp Öffnungszeiten | m horário de funcionamento|horários de funcionamento | m orario di apertura|orari di apertura
departure | f salida | m départ | m Abflug|Abflüge | f partida | f partenza|partenze
arrival | f llegada | f arrivée | f Ankunft|Ankünfte | f chegada | m arrivo|arrivi
gate | f puerta de embarque|puertas de embarque | f porte d'embarquement|portes d'embarquement | n Gate|-s | m portão de embarque|portões de embarque | m gate|gate
terminal | f terminal|terminales | m terminal|terminaux | n Terminal|-s | m terminal|terminais | m terminal|terminal
airline | f aerolínea | f compagnie aérienne|compagnies aériennes | f Fluggesellschaft|-en | f companhia aérea|companhias aéreas | f compagnia aerea|compagnie aeree
aircraft | m avión|aviones | m avion | n Flugzeug|-e | m avião|aviões | m aereo|aerei
delay | m retraso | m retard | f Verspätung|-en | m atraso | m ritardo
duration hours | f duración|duraciones | f durée | f Dauer|Dauern | f duração|durações | f durata
stars | fp estrellas | fp étoiles | mp Sterne | fp estrelas | fp stelle
star | f estrella | f étoile | m Stern|-e | f estrela | f stella
hotel | m hotel|hoteles | m hôtel | n Hotel|-s | m hotel|hotéis | m hotel|hotel
offer | f oferta | f offre | n Angebot|-e | f oferta | f offerta
entry | f entrada | f entrée | m Eintrag|Einträge | f entrada | f voce|voci
official | m cargo público|cargos públicos | m élu | m Amtsträger|Amtsträger | m representante|representantes | m funzionario|funzionari
vulnerability | f vulnerabilidad|vulnerabilidades | f vulnérabilité | f Schwachstelle|-n | f vulnerabilidade | f vulnerabilità|vulnerabilità
achievement | m logro | m succès|succès | m Erfolg|-e | f conquista | m obiettivo
breach | f filtración|filtraciones | f fuite de données|fuites de données | n Datenleck|-s | m vazamento | f violazione|violazioni
alert | f alerta | f alerte | f Warnung|-en | m alerta | m avviso
officer | m cargo|cargos | m responsable | m Amtsträger|Amtsträger | m responsável|responsáveis | m responsabile|responsabili
headline | m titular|titulares | m titre | f Schlagzeile|-n | f manchete | m titolo
flight | m vuelo | m vol | m Flug|Flüge | m voo | m volo
car | m vehículo | f voiture | m Wagen|Wagen | m carro | f auto|auto
tour | f excursión|excursiones | f visite | f Tour|-en | m passeio | f escursione|escursioni
activity | f actividad|actividades | f activité | f Aktivität|-en | f atividade | f attività|attività
transaction | m movimiento | f opération | f Buchung|-en | m movimento | m movimento
observation | f observación|observaciones | f observation | f Messung|-en | f observação|observações | f osservazione|osservazioni
`;
