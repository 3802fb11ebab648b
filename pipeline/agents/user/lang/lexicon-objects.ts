/**
 * What the seed tools act on, as their names say it in English (user/intent.ts `one`), in each
 * second language (format: lexicon.ts). A tool whose object is not here is asked for in English.
 */
export const LEXICON_OBJECTS = `
# finance
equity quote | f cotización de acciones|cotizaciones de acciones | f cotation boursière|cotations boursières | m Aktienkurs|-e | f cotação de ações|cotações de ações | f quotazione azionaria|quotazioni azionarie
price history | m historial de precios|historiales de precios | m historique des prix|historiques des prix | m Preisverlauf|Preisverläufe | m histórico de preços|históricos de preços | m storico dei prezzi|storici dei prezzi
exchange rate | m tipo de cambio|tipos de cambio | m taux de change|taux de change | m Wechselkurs|-e | f taxa de câmbio|taxas de câmbio | m tasso di cambio|tassi di cambio
account transaction | m movimiento de la cuenta|movimientos de la cuenta | f opération bancaire|opérations bancaires | f Kontobewegung|-en | m movimento da conta|movimentos da conta | m movimento del conto|movimenti del conto
bank transfer | f transferencia bancaria|transferencias bancarias | m virement bancaire|virements bancaires | f Banküberweisung|-en | f transferência bancária|transferências bancárias | m bonifico bancario|bonifici bancari
payment intent | f intención de pago|intenciones de pago | f intention de paiement|intentions de paiement | m Zahlungsvorgang|Zahlungsvorgänge | f intenção de pagamento|intenções de pagamento | f intenzione di pagamento|intenzioni di pagamento
payment | m pago | m paiement | f Zahlung|-en | m pagamento | m pagamento
monthly budget | m presupuesto mensual|presupuestos mensuales | m budget mensuel|budgets mensuels | n Monatsbudget|-s | m orçamento mensal|orçamentos mensais | m budget mensile|budget mensili
# travel
flight offer | f oferta de vuelo | f offre de vol | n Flugangebot|-e | f oferta de voo | f offerta di volo
flight status | m estado del vuelo|estados del vuelo | m statut du vol|statuts du vol | m Flugstatus|Flugstatus | f situação do voo|situações do voo | m stato del volo|stati del volo
hotel offer | f oferta de hotel | f offre d'hôtel | n Hotelangebot|-e | f oferta de hotel | f offerta alberghiera|offerte alberghiere
rental car | m vehículo de alquiler|vehículos de alquiler | f voiture de location | m Mietwagen|Mietwagen | m carro de aluguel | f auto a noleggio|auto a noleggio
tours and activity | fp excursiones y actividades | fp visites et activités | fp Touren und Aktivitäten | mp passeios e atividades | fp escursioni e attività
trip itinerary | m itinerario de viaje | m itinéraire de voyage | m Reiseplan|Reisepläne | m roteiro de viagem | m itinerario di viaggio|itinerari di viaggio
# weather
station observation | f observación de la estación|observaciones de la estación | f observation de la station | f Stationsmessung|-en | f observação da estação|observações da estação | f osservazione della stazione|osservazioni della stazione
uv index | m índice UV|índices UV | m indice UV|indices UV | m UV-Index|UV-Indizes | m índice UV|índices UV | m indice UV|indici UV
hourly forecast | m pronóstico por horas | f prévision horaire|prévisions horaires | f Stundenvorhersage|-n | f previsão por hora|previsões por hora | f previsione oraria|previsioni orarie
route weather | ms tiempo en la ruta | fs météo sur l'itinéraire | ns Wetter entlang der Route | ms tempo na rota | ms meteo lungo il percorso
severe weather alert | f alerta meteorológica|alertas meteorológicas | f alerte météo|alertes météo | f Unwetterwarnung|-en | m alerta de tempo severo|alertas de tempo severo | m avviso di maltempo|avvisi di maltempo
historical weather | mp datos meteorológicos históricos | fp données météo historiques | np Wetterdaten der Vergangenheit | mp dados meteorológicos históricos | mp dati meteo storici
marine forecast | m pronóstico marítimo|pronósticos marítimos | f prévision marine|prévisions marines | m Seewetterbericht|-e | f previsão marítima|previsões marítimas | f previsione marina|previsioni marine
# health
patient | m paciente | m patient | mw Patient|Patienten | m paciente | m paziente
patient observation | f observación del paciente|observaciones del paciente | f observation du patient | m Patientenbefund|-e | f observação do paciente|observações do paciente | f osservazione del paziente|osservazioni del paziente
clinic appointment | f cita médica|citas médicas | m rendez-vous médical|rendez-vous médicaux | m Arzttermin|-e | f consulta médica|consultas médicas | f visita medica|visite mediche
drug interaction | f interacción farmacológica|interacciones farmacológicas | f interaction médicamenteuse|interactions médicamenteuses | f Wechselwirkung|-en | f interação medicamentosa|interações medicamentosas | f interazione farmacologica|interazioni farmacologiche
medication reminder | m recordatorio de medicación | m rappel de médicament | f Medikamentenerinnerung|-en | m lembrete de medicação | m promemoria per i farmaci|promemoria per i farmaci
vital sign | mp signos vitales | mp signes vitaux | mp Vitalwerte | mp sinais vitais | mp parametri vitali
symptom | m síntoma | m symptôme | n Symptom|-e | m sintoma | m sintomo
# e-commerce
product detail | mp detalles del producto | mp détails du produit | np Produktdetails | mp detalhes do produto | mp dettagli del prodotto
item | m artículo | m article | m Artikel|Artikel | m item|itens | m articolo
discount code | m código de descuento | m code de réduction | m Rabattcode|-s | m código de desconto | m codice sconto|codici sconto
draft order | m borrador de pedido|borradores de pedido | m brouillon de commande | m Bestellentwurf|Bestellentwürfe | m rascunho de pedido | f bozza d'ordine|bozze d'ordine
order return | f devolución del pedido|devoluciones del pedido | m retour de commande | f Rücksendung|-en | f devolução do pedido|devoluções do pedido | m reso dell'ordine|resi dell'ordine
inventory level | m nivel de inventario|niveles de inventario | m niveau de stock|niveaux de stock | m Lagerbestand|Lagerbestände | m nível de estoque|níveis de estoque | m livello di magazzino|livelli di magazzino
product review | f reseña del producto | m avis sur le produit|avis sur le produit | f Produktbewertung|-en | f avaliação do produto|avaliações do produto | f recensione del prodotto
# messaging, calendar
chat message | m mensaje de chat | m message de chat | f Chatnachricht|-en | f mensagem de chat|mensagens de chat | m messaggio in chat|messaggi in chat
chat channel | m canal de chat|canales de chat | m canal de discussion|canaux de discussion | m Chatkanal|Chatkanäle | m canal de chat|canais de chat | m canale di chat|canali di chat
templated email | m correo con plantilla | m e-mail type|e-mails types | f Vorlagen-E-Mail|-s | m e-mail com modelo|e-mails com modelo | f email da modello|email da modello
mailbox | m buzón de correo|buzones de correo | f boîte mail|boîtes mail | n Postfach|Postfächer | f caixa de correio | f casella di posta|caselle di posta
sms delivery report | m informe de entrega del SMS|informes de entrega del SMS | m rapport de livraison du SMS | m SMS-Zustellbericht|-e | m relatório de entrega do SMS|relatórios de entrega do SMS | m rapporto di consegna dell'SMS|rapporti di consegna dell'SMS
push notification | f notificación push|notificaciones push | f notification push | f Push-Benachrichtigung|-en | f notificação push|notificações push | f notifica push|notifiche push
contact | m contacto | m contact | m Kontakt|-e | m contato | m contatto
calendar event | m evento del calendario | m événement du calendrier | m Kalendertermin|-e | m evento da agenda | m evento del calendario
invitation | f invitación|invitaciones | f invitation | f Einladung|-en | m convite | m invito
group meeting | f reunión de grupo|reuniones de grupo | f réunion de groupe | n Gruppenmeeting|-s | f reunião de grupo|reuniões de grupo | f riunione di gruppo
out of office | f respuesta automática de ausencia|respuestas automáticas de ausencia | m message d'absence | f Abwesenheitsnotiz|-en | f resposta automática de ausência|respostas automáticas de ausência | m messaggio di assenza|messaggi di assenza
calendar | m calendario | m calendrier | m Kalender|Kalender | f agenda | m calendario|calendari
event reminder | m recordatorio del evento | m rappel d'événement | f Terminerinnerung|-en | m lembrete do evento | m promemoria dell'evento|promemoria dell'evento
# maps
address | f dirección|direcciones | f adresse | f Adresse|-n | m endereço | m indirizzo
reverse geocode | f geocodificación inversa|geocodificaciones inversas | m géocodage inverse|géocodages inverses | f Rückwärts-Geokodierung|-en | f geocodificação reversa|geocodificações reversas | f geocodifica inversa|geocodifiche inverse
distance matrix | f matriz de distancias|matrices de distancias | f matrice de distances | f Entfernungsmatrix|Entfernungsmatrizen | f matriz de distâncias|matrizes de distâncias | f matrice delle distanze|matrici delle distanze
isochrone | f isócrona | f isochrone | f Isochrone|-n | f isócrona | f isocrona
place detail | mp detalles del lugar | mp détails du lieu | np Ortsdetails | mp detalhes do local | mp dettagli del luogo
traffic incident | m incidente de tráfico | m incident de circulation | f Verkehrsstörung|-en | m incidente de trânsito | m incidente stradale|incidenti stradali
elevation profile | m perfil de elevación|perfiles de elevación | m profil altimétrique|profils altimétriques | n Höhenprofil|-e | m perfil de elevação|perfis de elevação | m profilo altimetrico|profili altimetrici
# sports
live score | m resultado en directo | m score en direct | m Live-Spielstand|Live-Spielstände | m resultado ao vivo | m risultato in diretta
game box score | fp estadísticas del partido | f feuille de match | f Spielstatistik|-en | fp estatísticas da partida | m tabellino della partita|tabellini della partita
team schedule | m calendario del equipo | m calendrier de l'équipe | m Spielplan|Spielpläne | m calendário de jogos | m calendario della squadra|calendari della squadra
league standing | fs clasificación de la liga | ms classement de la ligue | fs Tabelle | fs classificação da liga | fs classifica del campionato
player stat | fp estadísticas del jugador | fp statistiques du joueur | fp Spielerstatistiken | fp estatísticas do jogador | fp statistiche del giocatore
team injury report | m parte de lesiones del equipo|partes de lesiones del equipo | m bulletin des blessures de l'équipe|bulletins des blessures de l'équipe | f Verletztenliste|-n | m relatório de lesões|relatórios de lesões | m bollettino degli infortuni|bollettini degli infortuni
fantasy lineup | f alineación fantasy|alineaciones fantasy | f composition fantasy | f Fantasy-Aufstellung|-en | f escalação fantasy|escalações fantasy | f formazione del fantacalcio|formazioni del fantacalcio
# media
movie | f película | m film | m Film|-e | m filme | m film
movy | f película | m film | m Film|-e | m filme | m film
movie detail | mp detalles de la película | mp détails du film | np Filmdetails | mp detalhes do filme | mp dettagli del film
tv season | f temporada de la serie|temporadas de la serie | f saison de la série|saisons de la série | f Staffel|-n | f temporada da série|temporadas da série | f stagione della serie|stagioni della serie
streaming availability | fs disponibilidad en streaming | fs disponibilité en streaming | fs Streaming-Verfügbarkeit | fs disponibilidade em streaming | fs disponibilità in streaming
title | m título | m titre | m Titel|Titel | m título | m titolo
watchlist | f lista de seguimiento | f liste de suivi | f Merkliste|-n | f lista de favoritos | f lista dei preferiti|liste dei preferiti
podcast episode | m episodio de pódcast | m épisode de podcast | f Podcast-Folge|-n | m episódio de podcast | m episodio del podcast|episodi del podcast
# devops, science
pull request | f pull request|pull requests | f pull request|pull requests | m Pull-Request|-s | m pull request|pull requests | f pull request|pull request
repository commit | m commit del repositorio|commits del repositorio | m commit du dépôt|commits du dépôt | m Commit|-s | m commit do repositório|commits do repositório | m commit del repository|commit del repository
pipeline run | f ejecución del pipeline|ejecuciones del pipeline | f exécution du pipeline|exécutions du pipeline | m Pipeline-Lauf|Pipeline-Läufe | f execução do pipeline|execuções do pipeline | f esecuzione della pipeline|esecuzioni della pipeline
metrics | fp métricas | fp métriques | fp Metriken | fp métricas | fp metriche
incident | m incidente | m incident | m Vorfall|Vorfälle | m incidente | m incidente
research paper | m artículo de investigación|artículos de investigación | m article scientifique|articles scientifiques | f Forschungsarbeit|-en | m artigo científico|artigos científicos | m articolo scientifico|articoli scientifici
paper citation | f cita del artículo | f citation de l'article | f Zitierung|-en | f citação do artigo|citações do artigo | f citazione dell'articolo|citazioni dell'articolo
compound property | fp propiedades del compuesto | fp propriétés du composé | fp Stoffeigenschaften | fp propriedades do composto | fp proprietà del composto
sequence record | m registro de secuencia | m enregistrement de séquence | m Sequenzeintrag|Sequenzeinträge | m registro de sequência | m record di sequenza|record di sequenza
sequence similarity search | f búsqueda de similitud de secuencias | f recherche de similarité de séquences | f Sequenzähnlichkeitssuche|-n | f busca de similaridade de sequências | f ricerca di similarità di sequenze|ricerche di similarità di sequenze
celestial object position | f posición del objeto celeste|posiciones del objeto celeste | f position de l'objet céleste | f Position des Himmelskörpers|Positionen des Himmelskörpers | f posição do objeto celeste|posições do objeto celeste | f posizione dell'oggetto celeste|posizioni dell'oggetto celeste
earthquake catalog | m catálogo de terremotos | m catalogue des séismes | m Erdbebenkatalog|-e | m catálogo de terremotos | m catalogo dei terremoti|cataloghi dei terremoti
# education
online course | m curso en línea | m cours en ligne|cours en ligne | m Onlinekurs|-e | m curso online | m corso online
user | m usuario | m utilisateur | m Nutzer|Nutzer | m usuário | m utente
course assignment | f tarea del curso | m devoir du cours | f Kursaufgabe|-n | f tarefa do curso | m compito del corso|compiti del corso
assignment | f tarea | m devoir | f Aufgabe|-n | f tarefa | m compito|compiti
submission | f entrega | f copie | f Abgabe|-n | f entrega | f consegna|consegne
student grade | fp notas del estudiante | fp notes de l'étudiant | fp Noten | fp notas do aluno | mp voti dello studente
practice quiz | m cuestionario de práctica | m quiz d'entraînement|quiz d'entraînement | n Übungsquiz|-ze | m questionário de prática | m quiz di esercitazione|quiz di esercitazione
# food
recipe | f receta | f recette | n Rezept|-e | f receita | f ricetta
recipe instruction | fp instrucciones de la receta | fp instructions de la recette | mp Zubereitungsschritte | fp instruções da receita | fp istruzioni della ricetta
ingredient nutrition | fs información nutricional de los ingredientes | fp valeurs nutritionnelles des ingrédients | mp Nährwerte der Zutaten | fs informação nutricional dos ingredientes | mp valori nutrizionali degli ingredienti
meal plan | m plan de comidas|planes de comidas | m plan de repas | m Speiseplan|Speisepläne | m plano de refeições | m piano alimentare|piani alimentari
restaurant | m restaurante | m restaurant | n Restaurant|-s | m restaurante | m ristorante
restaurant table | f mesa | f table | m Tisch|-e | f mesa | m tavolo
food delivery order | m pedido a domicilio | f commande de repas à livrer | f Essensbestellung|-en | m pedido de entrega de comida | m ordine a domicilio
# real estate, jobs
property listing | m anuncio de inmueble|anuncios de inmuebles | f annonce immobilière|annonces immobilières | f Immobilienanzeige|-n | m anúncio de imóvel|anúncios de imóveis | m annuncio immobiliare|annunci immobiliari
property detail | mp detalles del inmueble | mp détails du bien | np Objektdetails | mp detalhes do imóvel | mp dettagli dell'immobile
home value | m valor de la vivienda|valores de la vivienda | f valeur du logement | m Immobilienwert|-e | m valor do imóvel|valores do imóvel | m valore dell'immobile|valori dell'immobile
comparable sale | fp ventas comparables | fp ventes comparables | mp Vergleichsverkäufe | fp vendas comparáveis | fp vendite comparabili
mortgage rate | f tasa de interés hipotecaria|tasas de interés hipotecarias | m taux hypothécaire|taux hypothécaires | m Hypothekenzins|-en | f taxa de juros hipotecária|taxas de juros hipotecárias | m tasso del mutuo|tassi del mutuo
property tour | f visita al inmueble | f visite du bien | f Besichtigung|-en | f visita ao imóvel | f visita all'immobile|visite all'immobile
neighborhood profile | m perfil del barrio|perfiles del barrio | m profil du quartier | n Stadtteilprofil|-e | m perfil do bairro|perfis do bairro | m profilo del quartiere|profili del quartiere
job posting | f oferta de empleo | f offre d'emploi | f Stellenanzeige|-n | f vaga de emprego | f offerta di lavoro
job application | f solicitud de empleo|solicitudes de empleo | f candidature | f Bewerbung|-en | f candidatura | f candidatura
candidate application | f candidatura | f candidature | f Bewerbung|-en | f candidatura | f candidatura
salary benchmark | f referencia salarial|referencias salariales | f référence salariale|références salariales | m Gehaltsvergleich|-e | f referência salarial|referências salariais | m riferimento salariale|riferimenti salariali
candidate interview | f entrevista de trabajo | m entretien d'embauche | n Vorstellungsgespräch|-e | f entrevista de emprego | m colloquio di lavoro|colloqui di lavoro
# legal, government
court opinion | f sentencia | f décision de justice | n Gerichtsurteil|-e | f decisão judicial|decisões judiciais | f sentenza
legal citation | f cita jurídica|citas jurídicas | f référence juridique|références juridiques | f Fundstelle|-n | f citação jurídica|citações jurídicas | f citazione giuridica|citazioni giuridiche
court docket | m expediente judicial|expedientes judiciales | m registre du tribunal | f Prozessakte|-n | m processo judicial|processos judiciais | m fascicolo giudiziario|fascicoli giudiziari
court hearing | f audiencia | f audience | f Gerichtsverhandlung|-en | f audiência | f udienza
trademark registry | m registro de marcas | m registre des marques | n Markenregister|Markenregister | m registro de marcas | m registro dei marchi|registri dei marchi
patent detail | mp detalles de la patente | mp détails du brevet | np Patentdetails | mp detalhes da patente | mp dettagli del brevetto
contract | m contrato | m contrat | m Vertrag|Verträge | m contrato | m contratto
open dataset | m conjunto de datos abiertos | m jeu de données ouvert|jeux de données ouverts | m Open-Data-Datensatz|Open-Data-Datensätze | m conjunto de dados abertos | m dataset aperto|dataset aperti
census population stat | fp estadísticas de población del censo | fp statistiques démographiques du recensement | fp Bevölkerungsstatistiken des Zensus | fp estatísticas populacionais do censo | fp statistiche demografiche del censimento
building permit | m permiso de construcción|permisos de construcción | m permis de construire|permis de construire | f Baugenehmigung|-en | f licença de construção|licenças de construção | m permesso di costruire|permessi di costruire
permit status | ms estado del permiso | ms statut du permis | ms Genehmigungsstatus | fs situação da licença | ms stato del permesso
311 service request | f solicitud de servicio 311|solicitudes de servicio 311 | f demande de service 311 | f 311-Serviceanfrage|-n | f solicitação de serviço 311|solicitações de serviço 311 | f richiesta di servizio 311|richieste di servizio 311
elected representative | m representante electo|representantes electos | m élu | m Mandatsträger|Mandatsträger | m representante eleito|representantes eleitos | m rappresentante eletto|rappresentanti eletti
bill status | ms estado del proyecto de ley | ms état d'avancement du projet de loi | ms Status des Gesetzentwurfs | fs situação do projeto de lei | ms stato del disegno di legge
# automotive, energy
vehicle vin | m VIN del vehículo|VIN de los vehículos | m VIN du véhicule|VIN des véhicules | f Fahrgestellnummer|-n | m VIN do veículo|VIN dos veículos | m VIN del veicolo|VIN dei veicoli
vehicle recall | f llamada a revisión|llamadas a revisión | m rappel de véhicule|rappels de véhicules | m Fahrzeugrückruf|-e | m recall do veículo|recalls do veículo | m richiamo del veicolo|richiami del veicolo
crash safety rating | f calificación de seguridad en choques|calificaciones de seguridad en choques | f note de sécurité aux crash-tests|notes de sécurité aux crash-tests | f Crashtest-Bewertung|-en | f classificação de segurança em colisões|classificações de segurança em colisões | m punteggio di sicurezza nei crash test|punteggi di sicurezza nei crash test
vehicle service appointment | f cita en el taller | m rendez-vous au garage|rendez-vous au garage | m Werkstatttermin|-e | m agendamento na oficina | m appuntamento in officina
ev charging station | f estación de carga|estaciones de carga | f borne de recharge | f Ladestation|-en | m posto de carregamento | f colonnina di ricarica|colonnine di ricarica
ev charging session | f sesión de carga|sesiones de carga | f session de recharge | m Ladevorgang|Ladevorgänge | f sessão de carregamento|sessões de carregamento | f sessione di ricarica|sessioni di ricarica
used car value | m valor del vehículo usado|valores de vehículos usados | f cote de la voiture d'occasion|cotes des voitures d'occasion | m Gebrauchtwagenwert|-e | m valor do carro usado|valores de carros usados | m valore dell'auto usata|valori delle auto usate
energy price series | f serie de precios de la energía|series de precios de la energía | f série des prix de l'énergie | f Energiepreisreihe|-n | f série de preços de energia|séries de preços de energia | f serie dei prezzi dell'energia|serie dei prezzi dell'energia
power plant generation | fs generación de la central eléctrica | fs production de la centrale | fs Stromerzeugung des Kraftwerks | fs geração da usina elétrica | fs produzione della centrale elettrica
utility usage history | ms historial de consumo | ms historique de consommation | ms Verbrauchsverlauf | ms histórico de consumo | ms storico dei consumi
utility bill | f factura de servicios | f facture d'énergie | f Versorgerrechnung|-en | f conta de serviços|contas de serviços | f bolletta
solar pv output | fs producción fotovoltaica | fs production photovoltaïque | ms Solarertrag | fs produção fotovoltaica | fs produzione fotovoltaica
grid carbon intensity | fs intensidad de carbono de la red | fs intensité carbone du réseau | fs CO2-Intensität des Stromnetzes | fs intensidade de carbono da rede | fs intensità di carbonio della rete
power outage | m corte de luz|cortes de luz | f coupure de courant | m Stromausfall|Stromausfälle | m corte de energia | f interruzione di corrente|interruzioni di corrente
# agriculture, gaming
crop production stat | fp estadísticas de producción agrícola | fp statistiques de production agricole | fp Ernteproduktionsstatistiken | fp estatísticas de produção agrícola | fp statistiche di produzione agricola
crop progress report | m informe de evolución de cultivos|informes de evolución de cultivos | m rapport d'avancement des cultures | m Saatenstandsbericht|-e | m relatório de andamento das safras|relatórios de andamento das safras | m rapporto sull'andamento delle colture|rapporti sull'andamento delle colture
grain cash bid | fp ofertas de compra de grano | fp offres d'achat de céréales | mp Getreide-Kassapreise | fp ofertas de compra de grãos | fp offerte di acquisto di cereali
soil survey | m estudio de suelos | m relevé pédologique|relevés pédologiques | f Bodenuntersuchung|-en | m levantamento de solos | f indagine pedologica|indagini pedologiche
field operation | f labor agrícola|labores agrícolas | f intervention au champ | f Feldarbeit|-en | f operação de campo|operações de campo | f operazione in campo|operazioni in campo
crop pest sighting | m avistamiento de plagas | m signalement de ravageurs | f Schädlingsmeldung|-en | m avistamento de pragas | f segnalazione di parassiti|segnalazioni di parassiti
game store detail | mp detalles del juego en la tienda | mp détails du jeu dans la boutique | np Shop-Details des Spiels | mp detalhes do jogo na loja | mp dettagli del gioco nello store
game gift | m juego de regalo | m jeu à offrir|jeux à offrir | n Spielgeschenk|-e | m jogo de presente | m gioco in regalo|giochi in regalo
player owned game | mp juegos del jugador | mp jeux du joueur | np Spiele des Spielers | mp jogos do jogador | mp giochi del giocatore
player achievement | mp logros del jugador | mp succès du joueur | mp Erfolge des Spielers | fp conquistas do jogador | mp obiettivi del giocatore
game leaderboard | f tabla de clasificación|tablas de clasificación | m classement du jeu | f Bestenliste|-n | m ranking do jogo|rankings do jogo | f classifica del gioco|classifiche del gioco
leaderboard score | f puntuación|puntuaciones | m score | m Punktestand|Punktestände | f pontuação|pontuações | m punteggio|punteggi
game server | m servidor de juego|servidores de juego | m serveur de jeu | m Spieleserver|Spieleserver | m servidor de jogo|servidores de jogo | m server di gioco|server di gioco
# social media, security, telecom
social post | f publicación|publicaciones | f publication | m Beitrag|Beiträge | f publicação|publicações | m post|post
community top post | fp publicaciones más populares de la comunidad | fp publications les plus populaires de la communauté | mp Top-Beiträge der Community | fp publicações mais populares da comunidade | mp post più popolari della community
post comment thread | m hilo de comentarios | m fil de commentaires | m Kommentarverlauf|Kommentarverläufe | m fio de comentários | m thread dei commenti|thread dei commenti
post | f publicación|publicaciones | f publication | m Beitrag|Beiträge | f publicação|publicações | m post|post
social account | f cuenta | m compte | n Konto|Konten | f conta | m account|account
post engagement metrics | fp métricas de interacción de la publicación | fp statistiques d'engagement de la publication | fp Interaktionsmetriken des Beitrags | fp métricas de engajamento da publicação | fp metriche di coinvolgimento del post
file hash report | m informe del archivo|informes del archivo | m rapport sur le fichier | m Dateibericht|-e | m relatório do arquivo|relatórios do arquivo | m report sul file|report sul file
url | f URL|URL | f URL | f URL|URLs | f URL|URLs | f URL|URL
ip reputation | fs reputación de la IP | fs réputation de l'IP | fs IP-Reputation | fs reputação do IP | fs reputazione dell'IP
cve vulnerability | f vulnerabilidad CVE|vulnerabilidades CVE | f vulnérabilité CVE|vulnérabilités CVE | f CVE-Schwachstelle|-n | f vulnerabilidade CVE|vulnerabilidades CVE | f vulnerabilità CVE|vulnerabilità CVE
cve detail | mp detalles de la CVE | mp détails de la CVE | np CVE-Details | mp detalhes da CVE | mp dettagli della CVE
email breach exposure | fs exposición del correo en filtraciones | fs exposition de l'adresse e-mail aux fuites de données | fs Gefährdung der E-Mail-Adresse durch Datenlecks | fs exposição do e-mail em vazamentos | fs esposizione dell'email a violazioni di dati
access key | f clave de acceso|claves de acceso | f clé d'accès|clés d'accès | m Zugriffsschlüssel|Zugriffsschlüssel | f chave de acesso|chaves de acesso | f chiave di accesso|chiavi di accesso
security incident | m incidente de seguridad|incidentes de seguridad | m incident de sécurité|incidents de sécurité | m Sicherheitsvorfall|Sicherheitsvorfälle | m incidente de segurança|incidentes de segurança | m incidente di sicurezza|incidenti di sicurezza
phone number info | fs información del número de teléfono | fp informations sur le numéro de téléphone | fp Infos zur Telefonnummer | fp informações do número de telefone | fp informazioni sul numero di telefono
available phone number | m número de teléfono disponible|números de teléfono disponibles | m numéro de téléphone disponible|numéros de téléphone disponibles | f Rufnummer|-n | m número de telefone disponível|números de telefone disponíveis | m numero di telefono disponibile|numeri di telefono disponibili
phone number | m número de teléfono|números de teléfono | m numéro de téléphone|numéros de téléphone | f Telefonnummer|-n | m número de telefone|números de telefone | m numero di telefono|numeri di telefono
mobile line usage | ms consumo de la línea móvil | fs consommation de la ligne mobile | ms Verbrauch des Mobilfunkanschlusses | ms consumo da linha móvel | ms consumo della linea mobile
mobile plan | f tarifa móvil|tarifas móviles | m forfait mobile|forfaits mobiles | m Mobilfunktarif|-e | m plano móvel|planos móveis | m piano tariffario|piani tariffari
network coverage | fs cobertura de red | fs couverture réseau | fs Netzabdeckung | fs cobertura de rede | fs copertura di rete
# insurance, logistics
auto insurance quote | f cotización de seguro de auto|cotizaciones de seguro de auto | m devis d'assurance auto|devis d'assurance auto | n Kfz-Versicherungsangebot|-e | f cotação de seguro auto|cotações de seguro auto | m preventivo dell'assicurazione auto|preventivi dell'assicurazione auto
home insurance quote | f cotización de seguro de hogar|cotizaciones de seguro de hogar | m devis d'assurance habitation|devis d'assurance habitation | n Gebäudeversicherungsangebot|-e | f cotação de seguro residencial|cotações de seguro residencial | m preventivo dell'assicurazione casa|preventivi dell'assicurazione casa
insurance policy | f póliza de seguro | f police d'assurance | f Versicherungspolice|Versicherungspolicen | f apólice de seguro | f polizza assicurativa|polizze assicurative
insurance claim | f reclamación al seguro|reclamaciones al seguro | f déclaration de sinistre | f Schadensmeldung|-en | m sinistro | f denuncia di sinistro|denunce di sinistro
claim document | m documento del siniestro | m justificatif de sinistre | n Schadensdokument|-e | m documento do sinistro | m documento del sinistro
claim status | ms estado de la reclamación | ms suivi du sinistre | ms Bearbeitungsstand der Schadensmeldung | fs situação do sinistro | ms stato del sinistro
shipping rate | f tarifa de envío | m tarif d'expédition | m Versandtarif|-e | f tarifa de envio | f tariffa di spedizione
shipping label | f etiqueta de envío | f étiquette d'expédition | n Versandetikett|-en | f etiqueta de envio | f etichetta di spedizione
parcel shipment | m envío|envíos | m colis | n Paket|-e | f encomenda | m pacco|pacchi
shipping address | f dirección de envío|direcciones de envío | f adresse de livraison | f Lieferadresse|-n | m endereço de entrega | m indirizzo di spedizione
carrier pickup | f recogida de paquetes | m enlèvement par le transporteur|enlèvements par le transporteur | f Paketabholung|-en | f coleta pela transportadora | m ritiro del corriere|ritiri del corriere
warehouse stock level | mp niveles de stock del almacén | mp niveaux de stock de l'entrepôt | mp Lagerbestände | mp níveis de estoque do armazém | mp livelli di scorte del magazzino
# music, news, home
music catalog | m catálogo musical|catálogos musicales | m catalogue musical|catalogues musicaux | m Musikkatalog|-e | m catálogo de músicas | m catalogo musicale|cataloghi musicali
artist top track | fp canciones más escuchadas del artista | mp titres les plus écoutés de l'artiste | mp Top-Songs des Künstlers | fp músicas mais tocadas do artista | mp brani più ascoltati dell'artista
recording | f grabación|grabaciones | m enregistrement | f Aufnahme|-n | f gravação|gravações | f registrazione|registrazioni
music playlist | f lista de reproducción|listas de reproducción | f playlist | f Playlist|-s | f playlist|playlists | f playlist|playlist
track | f canción|canciones | m morceau | m Titel|Titel | f faixa | m brano
music playback | fs reproducción de música | fs lecture de la musique | fs Musikwiedergabe | fs reprodução de música | fs riproduzione musicale
song | f canción|canciones | f chanson | m Song|-s | f música | f canzone
artist concert | m concierto | m concert | n Konzert|-e | m show|shows | m concerto
top news headline | mp titulares principales | mp gros titres | fp Top-Schlagzeilen | fp principais manchetes | mp titoli principali
trending news topics | mp temas de actualidad | mp sujets d'actualité | np Trendthemen | mp assuntos em alta | mp argomenti di tendenza
news article | f noticia | m article de presse | m Nachrichtenartikel|Nachrichtenartikel | f notícia | m articolo di giornale|articoli di giornale
news article content | ms contenido de la noticia | ms contenu de l'article | ms Inhalt des Artikels | ms conteúdo da notícia | ms contenuto dell'articolo
news source | f fuente de noticias | f source d'information | f Nachrichtenquelle|-n | f fonte de notícias | f fonte di notizie|fonti di notizie
news alert | f alerta de noticias|alertas de noticias | f alerte d'actualité | m Nachrichtenalarm|-e | m alerta de notícias | m avviso di notizie|avvisi di notizie
fact check | f verificación de datos|verificaciones de datos | f vérification des faits | m Faktencheck|-s | f verificação de fatos|verificações de fatos | f verifica dei fatti|verifiche dei fatti
smart home device | m dispositivo del hogar inteligente | m appareil connecté|appareils connectés | n Smart-Home-Gerät|-e | m dispositivo da casa inteligente | m dispositivo smart home|dispositivi smart home
sensor history | ms historial del sensor | ms historique du capteur | ms Sensorverlauf | ms histórico do sensor | ms storico del sensore
smart light state | ms estado de la luz inteligente | ms état de l'ampoule connectée | ms Zustand der smarten Lampe | ms estado da lâmpada inteligente | ms stato della luce smart
thermostat | m termostato | m thermostat | n Thermostat|-e | m termostato | m termostato
smart lock state | ms estado de la cerradura inteligente | ms état de la serrure connectée | ms Zustand des smarten Schlosses | ms estado da fechadura inteligente | ms stato della serratura smart
home alarm | f alarma de casa | f alarme de la maison | f Alarmanlage|-n | m alarme da casa | m allarme di casa|allarmi di casa
home automation rule | f regla de domótica | f règle domotique|règles domotiques | f Automatisierungsregel|-n | f regra de automação residencial|regras de automação residencial | f regola domotica|regole domotiche
`;
