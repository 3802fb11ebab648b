/**
 * More result fields as a second-language answer names them (format: lexicon.ts): dates by what
 * they mark ("published", "due"), counts by what they count ("customers affected"), states.
 */
export const LEXICON_RESULTS_MORE = `
state | m estado | m état|états | m Zustand|Zustände | m estado | m stato
workflow state | m estado | m état|états | m Zustand|Zustände | m estado | m stato
playtime total | m tiempo de juego total|tiempos de juego totales | m temps de jeu total|temps de jeu totaux | f Gesamtspielzeit|-en | m tempo total de jogo|tempos totais de jogo | m tempo di gioco totale|tempi di gioco totali
published | f fecha de publicación|fechas de publicación | f date de publication|dates de publication | n Veröffentlichungsdatum|Veröffentlichungsdaten | f data de publicação|datas de publicação | f data di pubblicazione|date di pubblicazione
company | f empresa | f entreprise | n Unternehmen|Unternehmen | f empresa | f azienda
wave height | f altura de las olas|alturas de las olas | fh hauteur des vagues|hauteurs des vagues | f Wellenhöhe|-n | f altura das ondas|alturas das ondas | f altezza delle onde|altezze delle onde
finance:open | m precio de apertura|precios de apertura | m cours d'ouverture|cours d'ouverture | m Eröffnungskurs|-e | m preço de abertura|preços de abertura | m prezzo di apertura|prezzi di apertura
finance:high | m máximo del día|máximos del día | m plus haut du jour|plus hauts du jour | m Tageshöchstkurs|-e | f máxima do dia|máximas do dia | m massimo di giornata|massimi di giornata
finance:low | m mínimo del día|mínimos del día | m plus bas du jour|plus bas du jour | m Tagestiefstkurs|-e | f mínima do dia|mínimas do dia | m minimo di giornata|minimi di giornata
due | f fecha de vencimiento|fechas de vencimiento | f date d'échéance|dates d'échéance | n Fälligkeitsdatum|Fälligkeitsdaten | f data de vencimento|datas de vencimento | f data di scadenza|date di scadenza
valid until | f fecha de caducidad|fechas de caducidad | f date d'expiration|dates d'expiration | n Ablaufdatum|Ablaufdaten | f data de validade|datas de validade | f data di scadenza|date di scadenza
expiry date | f fecha de caducidad|fechas de caducidad | f date d'expiration|dates d'expiration | n Ablaufdatum|Ablaufdaten | f data de validade|datas de validade | f data di scadenza|date di scadenza
date decided | f fecha de la resolución|fechas de la resolución | f date de la décision|dates de la décision | n Entscheidungsdatum|Entscheidungsdaten | f data da decisão|datas da decisão | f data della decisione|date della decisione
type | m tipo | m type | m Typ|-en | m tipo | m tipo|tipi
datetime | f fecha y hora|fechas y horas | f date et heure|dates et heures | m Zeitpunkt|-e | f data e hora|datas e horas | f data e ora|date e ore
date | f fecha | f date | n Datum|Daten | f data | f data|date
source name | f fuente | f source | f Quelle|-n | f fonte | f fonte|fonti
refund status | m estado del reembolso|estados del reembolso | m statut du remboursement|statuts du remboursement | m Erstattungsstatus|Erstattungsstatus | f situação do reembolso|situações do reembolso | m stato del rimborso|stati del rimborso
response status | m estado de la respuesta|estados de la respuesta | m statut de la réponse|statuts de la réponse | m Antwortstatus|Antwortstatus | f situação da resposta|situações da resposta | m stato della risposta|stati della risposta
model | m modelo | m modèle | n Modell|-e | m modelo | m modello
reported | f fecha del aviso|fechas del aviso | f date du signalement|dates du signalement | n Meldedatum|Meldedaten | f data do aviso|datas do aviso | f data della segnalazione|date della segnalazione
responded | f fecha de respuesta|fechas de respuesta | f date de réponse|dates de réponse | n Antwortdatum|Antwortdaten | f data da resposta|datas da resposta | f data della risposta|date della risposta
api name | m nombre de la API|nombres de la API | m nom de l'API|noms de l'API | m API-Name|-n | m nome da API|nomes da API | m nome dell'API|nomi dell'API
monetization type | m modelo de monetización|modelos de monetización | m modèle de monétisation|modèles de monétisation | n Monetarisierungsmodell|-e | m modelo de monetização|modelos de monetização | m modello di monetizzazione|modelli di monetizzazione
last played | f última partida|últimas partidas | f dernière partie|dernières parties | f letzte Spielsitzung|letzten Spielsitzungen | f última partida|últimas partidas | f ultima partita|ultime partite
total limit | m límite total|límites totales | m plafond total|plafonds totaux | n Gesamtlimit|-s | m limite total|limites totais | m limite totale|limiti totali
courtroom | f sala|salas | f salle d'audience|salles d'audience | m Gerichtssaal|Gerichtssäle | f sala de audiência|salas de audiência | f aula|aule
technology | f tecnología | f technologie | f Technologie|-n | f tecnologia | f tecnologia|tecnologie
declined meetings | f reunión rechazada|reuniones rechazadas | f réunion refusée|réunions refusées | f Absage|-n | f reunião recusada|reuniões recusadas | f riunione rifiutata|riunioni rifiutate
grade | f nota | f note | f Note|-n | f nota | m voto|voti
drugs | mp medicamentos | mp médicaments | np Medikamente | mp medicamentos | mp farmaci
scheduled for | f fecha programada|fechas programadas | f date prévue|dates prévues | m Termin|-e | f data agendada|datas agendadas | f data prevista|date previste
additions | f línea añadida|líneas añadidas | f ligne ajoutée|lignes ajoutées | - | f linha adicionada|linhas adicionadas | f riga aggiunta|righe aggiunte
deletions | f línea eliminada|líneas eliminadas | f ligne supprimée|lignes supprimées | - | f linha removida|linhas removidas | f riga eliminata|righe eliminate
battery | f batería | f batterie | m Akkustand|Akkustände | f bateria | f batteria
fee charged | f comisión cobrada|comisiones cobradas | m frais facturés|frais facturés | f Gebühr|-en | f taxa cobrada|taxas cobradas | f commissione addebitata|commissioni addebitate
altitude | f altitud|altitudes | f altitude | f Höhe|-n | f altitude | f altitudine|altitudini
azimuth | m acimut|acimuts | m azimut | m Azimut|-e | m azimute | m azimut|azimut
success count | m número de éxitos|números de éxitos | m nombre de réussites|nombres de réussites | f Anzahl der Erfolge|Anzahlen der Erfolge | m número de sucessos|números de sucessos | m numero di successi|numeri di successi
failure count | m número de fallos|números de fallos | m nombre d'échecs|nombres d'échecs | f Anzahl der Fehlschläge|Anzahlen der Fehlschläge | m número de falhas|números de falhas | m numero di errori|numeri di errori
missing assignments | f tarea pendiente|tareas pendientes | m devoir manquant|devoirs manquants | f fehlende Aufgabe|fehlende Aufgaben | f tarefa pendente|tarefas pendentes | m compito mancante|compiti mancanti
sold price | m precio de venta|precios de venta | m prix de vente|prix de vente | m Verkaufspreis|-e | m preço de venda|preços de venda | m prezzo di vendita|prezzi di vendita
assigned to | m responsable|responsables | m responsable | f zuständige Person|zuständigen Personen | m responsável|responsáveis | m responsabile|responsabili
last used | m último uso|últimos usos | f dernière utilisation|dernières utilisations | f letzte Nutzung|letzten Nutzungen | m último uso|últimos usos | m ultimo utilizzo|ultimi utilizzi
customers affected | m cliente afectado|clientes afectados | m client concerné|clients concernés | - | m cliente afetado|clientes afetados | m cliente coinvolto|clienti coinvolti
result type | m tipo de resultado|tipos de resultado | m type de résultat|types de résultat | m Ergebnistyp|-en | m tipo de resultado|tipos de resultado | m tipo di risultato|tipi di risultato
gpa | f nota media|notas medias | f moyenne|moyennes | m Notendurchschnitt|-e | f média|médias | f media|medie
agent phone | m teléfono del agente|teléfonos del agente | m téléphone de l'agent|téléphones de l'agent | f Telefonnummer des Vertreters|Telefonnummern des Vertreters | m telefone do agente|telefones do agente | m telefono dell'agente|telefoni dell'agente
caller name | m nombre de quien llama|nombres de quien llama | m nom de l'appelant|noms de l'appelant | m Name des Anrufers|Namen des Anrufers | m nome de quem ligou|nomes de quem ligou | m nome del chiamante|nomi del chiamante
organization | f organización|organizaciones | f organisation | f Organisation|-en | f organização|organizações | f organizzazione|organizzazioni
changed files | m archivo modificado|archivos modificados | m fichier modifié|fichiers modifiés | f Dateiänderung|-en | m arquivo modificado|arquivos modificados | m file modificato|file modificati
artist name | m nombre del artista|nombres del artista | m nom de l'artiste|noms de l'artiste | m Künstlername|-n | m nome do artista|nomes do artista | m nome dell'artista|nomi dell'artista
cancellation deadline | f fecha límite de cancelación|fechas límite de cancelación | f date limite d'annulation|dates limites d'annulation | f Stornierungsfrist|-en | m prazo de cancelamento|prazos de cancelamento | m termine di cancellazione|termini di cancellazione
new total | m nuevo total|nuevos totales | m nouveau total|nouveaux totaux | f Gesamtsumme|-n | m novo total|novos totais | m nuovo totale|nuovi totali
geography name | m nombre de la zona|nombres de la zona | m nom de la zone|noms de la zone | m Gebietsname|-n | m nome da área|nomes da área | m nome dell'area|nomi dell'area
hearing type | m tipo de audiencia|tipos de audiencia | m type d'audience|types d'audience | f Verhandlungsart|-en | m tipo de audiência|tipos de audiência | m tipo di udienza|tipi di udienza
new plan | f tarifa nueva|tarifas nuevas | m nouveau forfait|nouveaux forfaits | m Tarif|-e | m plano novo|planos novos | m nuovo piano|nuovi piani
cited by count | m número de citas|números de citas | m nombre de citations|nombres de citations | f Zahl der Zitierungen|Zahlen der Zitierungen | m número de citações|números de citações | m numero di citazioni|numeri di citazioni
claimant | m reclamante | m demandeur | m Anspruchsteller|Anspruchsteller | m reclamante | m richiedente|richiedenti
return by | f fecha límite de devolución|fechas límite de devolución | f date limite de retour|dates limites de retour | f Rückgabefrist|-en | m prazo de devolução|prazos de devolução | m termine per il reso|termini per il reso
refund estimate | m reembolso estimado|reembolsos estimados | m remboursement estimé|remboursements estimés | f Erstattungsschätzung|-en | m reembolso estimado|reembolsos estimados | m rimborso stimato|rimborsi stimati
expected resolution date | f fecha prevista de resolución|fechas previstas de resolución | f date de résolution prévue|dates de résolution prévues | n Lösungsdatum|Lösungsdaten | f data prevista de resolução|datas previstas de resolução | f data di risoluzione prevista|date di risoluzione previste
verdict | m veredicto | m verdict | n Urteil|-e | m veredito | m verdetto
scanned | f fecha del análisis|fechas del análisis | f date de l'analyse|dates de l'analyse | n Scandatum|Scandaten | f data da análise|datas da análise | f data della scansione|date della scansione
effective date | f fecha de entrada en vigor|fechas de entrada en vigor | f date d'entrée en vigueur|dates d'entrée en vigueur | n Inkrafttreten|Inkrafttreten | f data de entrada em vigor|datas de entrada em vigor | f data di entrata in vigore|date di entrata in vigore
effective | f fecha de entrada en vigor|fechas de entrada en vigor | f date d'entrée en vigueur|dates d'entrée en vigueur | n Inkrafttreten|Inkrafttreten | f data de entrada em vigor|datas de entrada em vigor | f data di entrata in vigore|date di entrata in vigore
declination | f declinación|declinaciones | f déclinaison | f Deklination|-en | f declinação|declinações | f declinazione|declinazioni
current temperature | f temperatura actual|temperaturas actuales | f température actuelle|températures actuelles | f Ist-Temperatur|-en | f temperatura atual|temperaturas atuais | f temperatura attuale|temperature attuali
changed | f fecha del cambio|fechas del cambio | f date du changement|dates du changement | n Änderungsdatum|Änderungsdaten | f data da alteração|datas da alteração | f data della modifica|date della modifica
next reminder | m próximo recordatorio|próximos recordatorios | m prochain rappel|prochains rappels | f Folgeerinnerung|-en | m próximo lembrete|próximos lembretes | m prossimo promemoria|prossimi promemoria
overall rating | f valoración global|valoraciones globales | f note globale|notes globales | f Gesamtbewertung|-en | f avaliação geral|avaliações gerais | f valutazione complessiva|valutazioni complessive
report received date | f fecha de recepción del informe|fechas de recepción del informe | f date de réception du rapport|dates de réception du rapport | n Eingangsdatum des Berichts|Eingangsdaten des Berichts | f data de recebimento do relatório|datas de recebimento do relatório | f data di ricezione del rapporto|date di ricezione del rapporto
primary category | f categoría principal|categorías principales | f catégorie principale|catégories principales | f Hauptkategorie|-n | f categoria principal|categorias principais | f categoria principale|categorie principali
segment count | m número de tramos|números de tramos | m nombre de segments|nombres de segments | f Anzahl der Segmente|Anzahlen der Segmente | m número de trechos|números de trechos | m numero di segmenti|numeri di segmenti
triage level | m nivel de triaje|niveles de triaje | m niveau de triage|niveaux de triage | f Triage-Stufe|-n | m nível de triagem|níveis de triagem | m livello di triage|livelli di triage
stage | f fase | f phase | f Phase|-n | f fase | f fase|fasi
discount type | m tipo de descuento|tipos de descuento | m type de remise|types de remise | f Rabattart|-en | m tipo de desconto|tipos de desconto | m tipo di sconto|tipi di sconto
invitations sent | f invitación enviada|invitaciones enviadas | f invitation envoyée|invitations envoyées | f Einladung|-en | m convite enviado|convites enviados | m invito inviato|inviti inviati
injury | f lesión|lesiones | f blessure | f Verletzung|-en | f lesão|lesões | m infortunio|infortuni
crime index | m índice de criminalidad|índices de criminalidad | m indice de criminalité|indices de criminalité | m Kriminalitätsindex|-e | m índice de criminalidade|índices de criminalidade | m indice di criminalità|indici di criminalità
coverage end date | f fecha de fin de la cobertura|fechas de fin de la cobertura | f date de fin de couverture|dates de fin de couverture | n Deckungsende|Deckungsende | f data de fim da cobertura|datas de fim da cobertura | f data di fine copertura|date di fine copertura
closes | f fecha de cierre|fechas de cierre | f date de clôture|dates de clôture | n Schlussdatum|Schlussdaten | f data de encerramento|datas de encerramento | f data di chiusura|date di chiusura
game name | m nombre del juego|nombres del juego | m nom du jeu|noms du jeu | m Spielname|-n | m nome do jogo|nomes do jogo | m nome del gioco|nomi del gioco
legal status | f situación legal|situaciones legales | m statut juridique|statuts juridiques | m Rechtsstatus|Rechtsstatus | f situação legal|situações legais | m stato legale|stati legali
documents on file | m documento archivado|documentos archivados | m document au dossier|documents au dossier | n Dokument|-e | m documento arquivado|documentos arquivados | m documento in archivio|documenti in archivio
available quantity | f cantidad disponible|cantidades disponibles | f quantité disponible|quantités disponibles | m Bestand|Bestände | f quantidade disponível|quantidades disponíveis | f quantità disponibile|quantità disponibili
median home price | m precio mediano de la vivienda|precios medianos de la vivienda | m prix médian des logements|prix médians des logements | m Medianpreis für Wohnimmobilien|Medianpreise für Wohnimmobilien | m preço mediano dos imóveis|preços medianos dos imóveis | m prezzo mediano delle case|prezzi mediani delle case
side crash rating | f valoración en choque lateral|valoraciones en choque lateral | f note en choc latéral|notes en choc latéral | f Seitenaufprall-Bewertung|-en | f avaliação em colisão lateral|avaliações em colisão lateral | m punteggio nell'urto laterale|punteggi nell'urto laterale
data allowance | m volumen de datos incluido|volúmenes de datos incluidos | m volume de données inclus|volumes de données inclus | n Datenvolumen|Datenvolumen | f franquia de dados|franquias de dados | m traffico dati incluso|traffici dati inclusi
total input cost | m costo total de insumos|costos totales de insumos | m coût total des intrants|coûts totaux des intrants | f Gesamtkosten der Betriebsmittel|Gesamtkosten der Betriebsmittel | m custo total de insumos|custos totais de insumos | m costo totale dei mezzi tecnici|costi totali dei mezzi tecnici
eta | f hora estimada de llegada|horas estimadas de llegada | f heure d'arrivée prévue|heures d'arrivée prévues | f voraussichtliche Ankunft|voraussichtlichen Ankünfte | m horário previsto de chegada|horários previstos de chegada | m orario di arrivo previsto|orari di arrivo previsti
cancellation fee | f penalización por cancelación|penalizaciones por cancelación | m frais d'annulation|frais d'annulation | f Stornogebühr|-en | f taxa de cancelamento|taxas de cancelamento | f penale di cancellazione|penali di cancellazione
director | m director|directores | m réalisateur | m Regisseur|-e | m diretor|diretores | m regista|registi
booked | f fecha de reserva|fechas de reserva | f date de réservation|dates de réservation | n Buchungsdatum|Buchungsdaten | f data da reserva|datas da reserva | f data di prenotazione|date di prenotazione
priority date | f fecha de prioridad|fechas de prioridad | f date de priorité|dates de priorité | n Prioritätsdatum|Prioritätsdaten | f data de prioridade|datas de prioridade | f data di priorità|date di priorità
molecule type | m tipo de molécula|tipos de molécula | m type de molécule|types de molécule | m Molekültyp|-en | m tipo de molécula|tipos de molécula | m tipo di molecola|tipi di molecola
estimated restoration | f reposición prevista del servicio|reposiciones previstas del servicio | m rétablissement prévu|rétablissements prévus | f voraussichtliche Wiederherstellung|voraussichtlichen Wiederherstellungen | m restabelecimento previsto|restabelecimentos previstos | m ripristino previsto|ripristini previsti
`;
