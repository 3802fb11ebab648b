/**
 * What the seed tools' fields name, in each second language (format: lexicon.ts): ids' nouns
 * ("course" of course_id), measured things, options, with a domain prefix where a word means
 * something else there ("sports:game" is a match). A field not here keeps its request English.
 */
export const LEXICON_LABELS = `
# ids
app | f aplicación|aplicaciones | f application | f App|-s | f aplicação|aplicações | f app|app
course | m curso | m cours|cours | m Kurs|-e | m curso | m corso
player | m jugador|jugadores | m joueur | m Spieler|Spieler | m jogador|jogadores | m giocatore
event | m evento | m événement | f Veranstaltung|-en | m evento | m evento
job | m trabajo | m job | m Job|-s | m job|jobs | m job|job
team | m equipo | f équipe | n Team|-s | f equipe|equipes | f squadra
policy number | m número de póliza|números de póliza | m numéro de police|numéros de police | f Policennummer|-n | m número da apólice|números da apólice | m numero di polizza|numeri di polizza
student | m estudiante | m étudiant | mw Student|Studenten | m aluno | m studente
account number | m número de cuenta|números de cuenta | m numéro de compte|numéros de compte | f Kontonummer|-n | m número da conta|números da conta | m numero di conto|numeri di conto
property | m inmueble|inmuebles | m bien|biens | f Immobilie|-n | m imóvel|imóveis | m immobile
station | f estación|estaciones | f station | f Station|-en | f estação|estações | f stazione
device | m dispositivo | m appareil | n Gerät|-e | m dispositivo | m dispositivo
application | f solicitud|solicitudes | f demande | m Antrag|Anträge | f solicitação|solicitações | f domanda
jobs:application | f candidatura | f candidature | f Bewerbung|-en | f candidatura | f candidatura
court | m tribunal|tribunales | m tribunal|tribunaux | n Gericht|-e | m tribunal|tribunais | m tribunale
product | m producto | m produit | n Produkt|-e | m produto | m prodotto
claim number | m número de siniestro|números de siniestro | m numéro de sinistre|numéros de sinistre | f Schadensnummer|-n | m número do sinistro|números do sinistro | m numero di sinistro|numeri di sinistro
claim | f reclamación|reclamaciones | m sinistre | m Schadensfall|Schadensfälle | m sinistro | m sinistro
carrier code | m código de aerolínea|códigos de aerolínea | m code de la compagnie|codes de la compagnie | m Airline-Code|-s | m código da companhia|códigos da companhia | m codice della compagnia|codici della compagnia
practitioner | m profesional sanitario|profesionales sanitarios | m praticien | m Behandler|Behandler | m profissional de saúde|profissionais de saúde | m medico|medici
accession | m número de acceso|números de acceso | m numéro d'accession|numéros d'accession | f Zugangsnummer|-n | m número de acesso|números de acesso | m numero di accesso|numeri di accesso
message | m mensaje | m message | f Nachricht|-en | f mensagem|mensagens | m messaggio
jurisdiction | f jurisdicción|jurisdicciones | f juridiction | m Zuständigkeitsbereich|-e | f jurisdição|jurisdições | f giurisdizione|giurisdizioni
cart | m carrito | m panier | m Warenkorb|Warenkörbe | m carrinho | m carrello|carrelli
connector | m conector|conectores | m connecteur | m Stecker|Stecker | m conector|conectores | m connettore
variant | f variante | f variante | f Variante|-n | f variante | f variante
permit application | f solicitud de permiso|solicitudes de permiso | f demande de permis|demandes de permis | m Genehmigungsantrag|Genehmigungsanträge | m pedido de licença | f domanda di permesso|domande di permesso
tracking number | m número de seguimiento|números de seguimiento | m numéro de suivi|numéros de suivi | f Sendungsnummer|-n | m código de rastreamento|códigos de rastreamento | m numero di tracciamento|numeri di tracciamento
shop | f tienda | f boutique | m Shop|-s | f loja | m negozio|negozi
field | m campo | m champ | n Feld|Felder | m campo | m campo|campi
agriculture:field | f parcela | f parcelle | n Feld|Felder | m talhão|talhões | m appezzamento|appezzamenti
docket number | m número de expediente|números de expediente | m numéro de rôle|numéros de rôle | n Aktenzeichen|Aktenzeichen | m número do processo|números do processo | m numero di ruolo|numeri di ruolo
rate | f tarifa | m tarif | m Tarif|-e | f tarifa | f tariffa
series | f serie|series | f série | f Serie|-n | f série | f serie|serie
season | f temporada | f saison | f Staffel|-n | f temporada | f stagione
code | m código | m code | m Code|-s | m código | m codice|codici
account | f cuenta | m compte | n Konto|Konten | f conta | m conto
order | m pedido | f commande | f Bestellung|-en | m pedido | m ordine
league | f liga | f ligue | f Liga|Ligen | f liga | m campionato
place | m lugar|lugares | m lieu|lieux | m Ort|-e | m local|locais | m luogo|luoghi
area code | m prefijo | m indicatif régional|indicatifs régionaux | f Vorwahl|-en | m código de área|códigos de área | m prefisso
plan code | m código de tarifa|códigos de tarifa | m code de forfait|codes de forfait | m Tarifcode|-s | m código do plano|códigos do plano | m codice del piano|codici del piano
playlist | f lista de reproducción|listas de reproducción | f playlist | f Playlist|-s | f playlist|playlists | f playlist|playlist
reference | f referencia | f référence | f Referenz|-en | f referência | m riferimento
label | f etiqueta | f étiquette | n Label|-s | f etiqueta | f etichetta
game | m juego | m jeu|jeux | n Spiel|-e | m jogo | m gioco|giochi
sports:game | m partido | m match|matchs | n Spiel|-e | f partida | f partita
key | f clave|claves | f clé|clés | m Schlüssel|Schlüssel | f chave | f chiave
rule | f regla | f règle | f Regel|-n | f regra | f regola
police report number | m número de denuncia|números de denuncia | m numéro de plainte|numéros de plainte | f Anzeigennummer|-n | m número do boletim de ocorrência|números do boletim de ocorrência | m numero di denuncia|numeri di denuncia
sku | m SKU|SKU | m SKU|SKU | f SKU|-s | m SKU|SKUs | m SKU|SKU
location | f ubicación|ubicaciones | m emplacement | m Standort|-e | m local|locais | f sede
artist | m artista | m artiste | m Künstler|Künstler | m artista | m artista|artisti
geography code | m código geográfico|códigos geográficos | m code géographique|codes géographiques | m Gebietscode|-s | m código geográfico|códigos geográficos | m codice geografico|codici geografici
panel | m panel|paneles | m panneau|panneaux | n Panel|-s | m painel|painéis | m pannello
template | f plantilla | m modèle | f Vorlage|-n | m modelo | m modello
government:bill | m proyecto de ley|proyectos de ley | m projet de loi|projets de loi | m Gesetzentwurf|Gesetzentwürfe | m projeto de lei|projetos de lei | m disegno di legge|disegni di legge
energy:bill | f factura | f facture | f Rechnung|-en | f conta | f bolletta
payment method | m método de pago|métodos de pago | m moyen de paiement|moyens de paiement | f Zahlungsmethode|-n | m método de pagamento|métodos de pagamento | m metodo di pagamento|metodi di pagamento
session | f sesión|sesiones | f session | f Sitzung|-en | f sessão|sessões | f sessione
service code | m código de servicio|códigos de servicio | m code de service | m Servicecode|-s | m código de serviço|códigos de serviço | m codice di servizio|codici di servizio
entity | f entidad|entidades | f entité | f Entität|-en | f entidade | f entità|entità
section | f sección|secciones | f section | m Abschnitt|-e | f seção|seções | f sezione
thread | m hilo | m fil|fils | m Thread|-s | m fio | m thread|thread
contact id | m contacto | m contact | m Kontakt|-e | m contato | m contatto
invoice | f factura | f facture | f Rechnung|-en | f fatura | f fattura
ticket | f incidencia | m ticket | n Ticket|-s | m chamado | m ticket|ticket
user id | m usuario | m utilisateur | m Nutzer|Nutzer | m usuário | m utente
calendar id | m calendario | m calendrier | m Kalender|Kalender | f agenda | m calendario|calendari
deployment | m despliegue | m déploiement | n Deployment|-s | f implantação|implantações | m deployment|deployment
pipeline | m pipeline|pipelines | m pipeline | f Pipeline|-s | m pipeline|pipelines | f pipeline|pipeline
repository | m repositorio | m dépôt | n Repository|Repositories | m repositório | m repository|repository
branch | f rama | f branche | m Branch|-es | m branch|branches | m branch|branch
commit | m commit|commits | m commit | m Commit|-s | m commit|commits | m commit|commit
patient id | m paciente | m patient | mw Patient|Patienten | m paciente | m paziente
recipe id | f receta | f recette | n Rezept|-e | f receita | f ricetta
movie id | f película | m film | m Film|-e | m filme | m film
title id | m título | m titre | m Titel|Titel | m título | m titolo
series id | f serie|series | f série | f Serie|-n | f série | f serie|serie
bill number | m número del proyecto de ley|números del proyecto de ley | m numéro du projet de loi|numéros du projet de loi | f Nummer des Gesetzentwurfs|Nummern des Gesetzentwurfs | m número do projeto de lei|números do projeto de lei | m numero del disegno di legge|numeri del disegno di legge
job id | m trabajo | m job | m Job|-s | m job|jobs | m job|job
# measured things
score | f puntuación|puntuaciones | m score | f Punktzahl|-en | f pontuação|pontuações | m punteggio|punteggi
severity | f gravedad|gravedades | f gravité | m Schweregrad|-e | f gravidade | f gravità|gravità
mileage | m kilometraje|kilometrajes | m kilométrage | m Kilometerstand|Kilometerstände | f quilometragem|quilometragens | m chilometraggio|chilometraggi
odometer | m kilometraje|kilometrajes | m kilométrage | m Kilometerstand|Kilometerstände | f quilometragem|quilometragens | m chilometraggio|chilometraggi
credit score | f puntuación de crédito|puntuaciones de crédito | m score de crédit|scores de crédit | m Kredit-Score|-s | f pontuação de crédito|pontuações de crédito | m punteggio di credito|punteggi di credito
grade level | m nivel escolar|niveles escolares | m niveau scolaire|niveaux scolaires | f Klassenstufe|-n | m ano escolar|anos escolares | m anno scolastico|anni scolastici
position | f posición|posiciones | f position | f Position|-en | f posição|posições | f posizione|posizioni
term | m plazo | f durée | f Laufzeit|-en | m prazo | f durata
forecast | m pronóstico | f prévision | f Vorhersage|-n | f previsão|previsões | f previsione|previsioni
capacity | f capacidad|capacidades | f capacité | f Leistung|-en | f capacidade | f capacità|capacità
system losses | fp pérdidas del sistema | fp pertes du système | mp Systemverluste | fp perdas do sistema | fp perdite del sistema
volume | m volumen|volúmenes | m volume | f Lautstärke|-n | m volume | m volume|volumi
brightness | m brillo | f luminosité | f Helligkeit|-en | m brilho | f luminosità|luminosità
down payment | f entrada | m apport | f Anzahlung|-en | f entrada | m anticipo
magnitude | f magnitud|magnitudes | f magnitude | f Magnitude|-n | f magnitude | f magnitudo|magnitudo
power | f potencia | f puissance | f Leistung|-en | f potência | f potenza
transition | f transición|transiciones | f transition | m Übergang|Übergänge | f transição|transições | f transizione|transizioni
duration | f duración|duraciones | f durée | f Dauer|Dauern | f duração|durações | f durata
ping | m ping|pings | m ping | m Ping|-s | m ping|pings | m ping|ping
nightly rate | f tarifa por noche|tarifas por noche | m tarif par nuit|tarifs par nuit | m Übernachtungspreis|-e | f diária|diárias | f tariffa per notte|tariffe per notte
amount | m importe|importes | m montant | m Betrag|Beträge | m valor|valores | m importo
year | m año | f année | n Jahr|-e | m ano | m anno
# options
commodity | m cultivo | f culture | f Anbaukultur|-en | f cultura | f coltura
database | f base de datos|bases de datos | f base de données|bases de données | f Datenbank|-en | m banco de dados|bancos de dados | m database|database
category | f categoría | f catégorie | f Kategorie|-n | f categoria | f categoria
diet | f dieta | m régime|régimes | f Ernährungsweise|-n | f dieta | f dieta
chamber | f cámara|cámaras | f chambre | f Kammer|-n | f câmara|câmaras | f camera|camere
cuisine | f cocina | f cuisine | f Küche|-n | f culinária | f cucina|cucine
zone | f zona | f zone | f Zone|-n | f zona | f zona
dose | f dosis|dosis | f dose | f Dosis|Dosen | f dose | f dose|dosi
isrc | m ISRC|ISRC | m ISRC|ISRC | m ISRC|-s | m ISRC|ISRC | m ISRC|ISRC
content warning | f advertencia de contenido|advertencias de contenido | m avertissement de contenu|avertissements de contenu | f Inhaltswarnung|-en | m aviso de conteúdo|avisos de conteúdo | m avviso sui contenuti|avvisi sui contenuti
gender | m género | m genre | n Geschlecht|-er | m gênero | m genere|generi
sex | m sexo | m sexe | n Geschlecht|-er | m sexo | m sesso|sessi
program | m programa | m programme | n Programm|-e | m programa | m programma|programmi
semester | m semestre | m semestre | n Semester|Semester | m semestre | m semestre|semestri
payment source | m medio de pago|medios de pago | m moyen de paiement|moyens de paiement | f Zahlungsquelle|-n | m meio de pagamento|meios de pagamento | m metodo di pagamento|metodi di pagamento
time frame | m periodo | f période | m Zeitraum|Zeiträume | m período | m periodo
time window | m periodo | f période | m Zeitraum|Zeiträume | m período | m periodo
time range | m intervalo de tiempo|intervalos de tiempo | f plage horaire|plages horaires | m Zeitraum|Zeiträume | m intervalo de tempo|intervalos de tempo | m intervallo di tempo|intervalli di tempo
bucket | m tramo | f tranche | m Bereich|-e | f faixa | f fascia|fasce
seating | f zona | m placement | m Sitzbereich|-e | m lugar|lugares | f sistemazione|sistemazioni
folder | f carpeta | m dossier | m Ordner|Ordner | f pasta | f cartella
environment | m entorno | m environnement | f Umgebung|-en | m ambiente | m ambiente
similarity | f similitud|similitudes | f similarité | f Ähnlichkeit|-en | f similaridade | f similarità|similarità
source | f fuente | f source | f Quelle|-n | f fonte | f fonte|fonti
label size | m tamaño de etiqueta|tamaños de etiqueta | m format d'étiquette|formats d'étiquette | f Etikettengröße|-n | m tamanho da etiqueta|tamanhos da etiqueta | m formato dell'etichetta|formati dell'etichetta
loan purpose | f finalidad del préstamo|finalidades del préstamo | m objet du prêt|objets du prêt | m Verwendungszweck|-e | f finalidade do empréstimo|finalidades do empréstimo | f finalità del prestito|finalità del prestito
scope | m alcance | f portée | m Umfang|Umfänge | m escopo | m ambito
match | f coincidencia | f correspondance | m Abgleich|-e | f correspondência | f corrispondenza
competition | f competición|competiciones | f compétition | m Wettbewerb|-e | f competição|competições | f competizione|competizioni
resolution | f resolución|resoluciones | f résolution | f Auflösung|-en | f resolução|resoluções | f risoluzione|risoluzioni
office | f oficina | m bureau|bureaux | n Büro|-s | m escritório | m ufficio|uffici
component | m componente | m composant | f Komponente|-n | m componente | m componente
profile | m perfil|perfiles | m profil | n Profil|-e | m perfil|perfis | m profilo
condition | f condición|condiciones | m état|états | m Zustand|Zustände | f condição|condições | f condizione|condizioni
sector | m sector|sectores | m secteur | f Branche|-n | m setor|setores | m settore
difficulty | f dificultad|dificultades | f difficulté | m Schwierigkeitsgrad|-e | f dificuldade | f difficoltà|difficoltà
aggregation | f agregación|agregaciones | f agrégation | f Aggregation|-en | f agregação|agregações | f aggregazione|aggregazioni
time zone | f zona horaria|zonas horarias | m fuseau horaire|fuseaux horaires | f Zeitzone|-n | m fuso horário|fusos horários | m fuso orario|fusi orari
language | m idioma | f langue | f Sprache|-n | m idioma | f lingua
country | m país|países | m pays|pays | n Land|Länder | m país|países | m paese
currency | f moneda | f devise | f Währung|-en | f moeda | f valuta
region | f región|regiones | f région | f Region|-en | f região|regiões | f regione|regioni
hazard | m peligro | m danger | f Gefahr|-en | m perigo | m pericolo|pericoli
trigger | m desencadenante | m déclencheur | m Auslöser|Auslöser | m gatilho | m trigger|trigger
delivery | f entrega | f livraison | f Lieferung|-en | f entrega | f consegna|consegne
`;
