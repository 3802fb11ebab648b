/**
 * Yes/no arguments in a second-language request: a phrase whose wording carries the value
 * ("solo vuelos directos" / "con o sin escalas"), by the flag's key. One line per key, a cell
 * per language: "yes ; yes / no ; no". A flag not listed is not said in a second language (its
 * request stays English): a phrase guessed from a key's words could say the opposite.
 * The grounding rule never checks a boolean's words (they carry the value), so these phrases
 * are recorded as no derivation; the library that reads flag-words reads English only.
 */
import { LANGS, type Lang } from './types.js';

const TABLE = `
confirm | con confirmación inmediata / sin confirmar todavía | avec confirmation immédiate / sans confirmer pour l'instant | mit sofortiger Bestätigung / noch ohne Bestätigung | com confirmação imediata / sem confirmar ainda | con conferma immediata / senza confermare per ora
has_attachment | con archivos adjuntos / sin archivos adjuntos | avec pièce jointe / sans pièce jointe | mit Anhang / ohne Anhang | com anexo / sem anexo | con allegati / senza allegati
send_notification | enviando una notificación / sin enviar notificación | en envoyant une notification / sans envoyer de notification | mit Benachrichtigung / ohne Benachrichtigung | enviando uma notificação / sem enviar notificação | inviando una notifica / senza inviare notifiche
contactless | con entrega sin contacto / con entrega en mano | avec livraison sans contact / avec remise en main propre | mit kontaktloser Lieferung / mit persönlicher Übergabe | com entrega sem contato / com entrega em mãos | con consegna senza contatto / con consegna a mano
delete_media | borrando también los archivos multimedia / sin borrar los archivos multimedia | en supprimant aussi les médias / sans supprimer les médias | samt Mediendateien / ohne die Mediendateien zu löschen | apagando também as mídias / sem apagar as mídias | eliminando anche i contenuti multimediali / senza eliminare i contenuti multimediali
on | con la luz encendida / con la luz apagada | avec la lumière allumée / avec la lumière éteinte | eingeschaltet / ausgeschaltet | com a luz acesa / com a luz apagada | con la luce accesa / con la luce spenta
rollover_unspent | pasando lo no gastado al mes siguiente / sin acumular lo no gastado | en reportant le reste non dépensé / sans report du reste non dépensé | mit Übertrag des nicht ausgegebenen Betrags / ohne Übertrag des Restbetrags | transferindo o saldo não gasto para o mês seguinte / sem transferir o saldo não gasto | riportando l'importo non speso / senza riportare l'importo non speso
force_rescan | forzando un nuevo análisis / sin forzar un nuevo análisis | en forçant une nouvelle analyse / sans forcer de nouvelle analyse | mit erzwungenem Neuscan / ohne einen Neuscan zu erzwingen | forçando uma nova análise / sem forçar uma nova análise | forzando una nuova scansione / senza forzare una nuova scansione
working_hours_only | solo en horario laboral / aunque sea fuera del horario laboral | uniquement pendant les heures de bureau / même en dehors des heures de bureau | nur während der Arbeitszeit / auch außerhalb der Arbeitszeit | só em horário comercial / mesmo fora do horário comercial | solo in orario di lavoro / anche fuori dall'orario di lavoro
public | de forma pública / de forma privada | en public / en privé | öffentlich / privat | de forma pública / de forma privada | in modo pubblico / in modo privato
include_submission | incluyendo la entrega / sin la entrega | en incluant la copie / sans la copie | samt Abgabe / ohne die Abgabe | incluindo a entrega / sem a entrega | includendo la consegna / senza la consegna
with_certificate | con certificado / sin certificado | avec certificat / sans certificat | mit Zertifikat / ohne Zertifikat | com certificado / sem certificado | con certificato / senza certificato
page_on_call | avisando a la persona de guardia / sin avisar a la guardia | en alertant l'astreinte / sans alerter l'astreinte | mit Alarmierung der Rufbereitschaft / ohne die Rufbereitschaft zu alarmieren | acionando o plantão / sem acionar o plantão | avvisando il reperibile / senza avvisare il reperibile
include_raw | incluyendo los datos en bruto / sin los datos en bruto | avec les données brutes / sans les données brutes | mit den Rohdaten / ohne Rohdaten | incluindo os dados brutos / sem os dados brutos | includendo i dati grezzi / senza i dati grezzi
free_only | solo opciones gratuitas / también opciones de pago | uniquement des options gratuites / y compris les options payantes | nur kostenlose Angebote / auch kostenpflichtige Angebote | só opções gratuitas / também opções pagas | solo opzioni gratuite / anche opzioni a pagamento
has_known_exploit | con exploit conocido / sin exploit conocido | avec un exploit connu / sans exploit connu | mit bekanntem Exploit / ohne bekannten Exploit | com exploit conhecido / sem exploit conhecido | con exploit noto / senza exploit noti
only_when_home | solo cuando esté en casa / esté o no en casa | seulement quand je suis à la maison / que je sois à la maison ou non | nur wenn ich zu Hause bin / egal ob ich zu Hause bin | só quando eu estiver em casa / esteja eu em casa ou não | solo quando sono a casa / che io sia a casa o no
include_inspections | incluyendo las inspecciones / sin las inspecciones | avec les inspections / sans les inspections | samt Inspektionen / ohne Inspektionen | incluindo as inspeções / sem as inspeções | incluse le ispezioni / senza le ispezioni
enabled | con la opción activada / con la opción desactivada | avec l'option activée / avec l'option désactivée | aktiviert / deaktiviert | com a opção ativada / com a opção desativada | con l'opzione attivata / con l'opzione disattivata
open_now | que estén abiertos ahora / estén abiertos o no | ouverts en ce moment / ouverts ou non | die gerade geöffnet haben / egal ob gerade geöffnet | que estejam abertos agora / abertos ou não | aperti adesso / aperti o no
notify_channel | avisando al canal / sin avisar al canal | en prévenant le canal / sans prévenir le canal | mit Benachrichtigung an den Kanal / ohne den Kanal zu benachrichtigen | avisando o canal / sem avisar o canal | avvisando il canale / senza avvisare il canale
notify_on_post | con aviso al publicar / sin aviso al publicar | avec une notification à la publication / sans notification à la publication | mit Benachrichtigung beim Posten / ohne Benachrichtigung beim Posten | com aviso ao publicar / sem aviso ao publicar | con notifica alla pubblicazione / senza notifica alla pubblicazione
shuffle | en modo aleatorio / sin modo aleatorio | en lecture aléatoire / sans lecture aléatoire | im Zufallsmodus / ohne Zufallsmodus | no modo aleatório / sem modo aleatório | in riproduzione casuale / senza riproduzione casuale
customer_facing | de cara a los clientes / solo de uso interno | visible par les clients / à usage interne uniquement | mit Sichtbarkeit für Kunden / nur intern | visível para os clientes / só para uso interno | visibile ai clienti / solo per uso interno
verified_only | solo de compras verificadas / también de compras no verificadas | uniquement des achats vérifiés / y compris les achats non vérifiés | nur von verifizierten Käufen / auch von nicht verifizierten Käufen | só de compras verificadas / também de compras não verificadas | solo da acquisti verificati / anche da acquisti non verificati
collaborative | en modo colaborativo / sin colaboración | en mode collaboratif / sans collaboration | im Kollaborationsmodus / ohne Kollaboration | no modo colaborativo / sem colaboração | in modalità collaborativa / senza collaborazione
remote_only | solo en remoto / no solo en remoto | uniquement en télétravail / pas seulement en télétravail | nur remote / nicht nur remote | só em regime remoto / não só em regime remoto | solo da remoto / non solo da remoto
include_play_by_play | con el minuto a minuto / sin el minuto a minuto | avec le déroulé action par action / sans le déroulé action par action | mit Live-Ticker / ohne Live-Ticker | com o lance a lance / sem o lance a lance | con la cronaca azione per azione / senza la cronaca azione per azione
exclude_password_protected | excluyendo lo protegido con contraseña / incluyendo lo protegido con contraseña | sans les contenus protégés par mot de passe / y compris les contenus protégés par mot de passe | ohne passwortgeschützte Inhalte / inklusive passwortgeschützter Inhalte | excluindo o que tiver senha / incluindo o que tiver senha | escludendo i contenuti protetti da password / inclusi i contenuti protetti da password
signature_required | con firma obligatoria / sin firma | avec signature obligatoire / sans signature | mit Unterschrift bei Zustellung / ohne Unterschrift | com assinatura obrigatória / sem assinatura | con firma obbligatoria / senza firma
include_free_games | incluyendo los juegos gratuitos / sin los juegos gratuitos | y compris les jeux gratuits / sans les jeux gratuits | inklusive kostenloser Spiele / ohne kostenlose Spiele | incluindo os jogos gratuitos / sem os jogos gratuitos | inclusi i giochi gratuiti / senza i giochi gratuiti
accident_history | con historial de accidentes / sin accidentes previos | avec des antécédents d'accident / sans antécédents d'accident | mit Unfallhistorie / unfallfrei | com histórico de acidentes / sem histórico de acidentes | con storico di incidenti / senza incidenti pregressi
skip_tests | saltándose los tests / ejecutando los tests | sans lancer les tests / en lançant les tests | ohne Tests / mit Tests | pulando os testes / rodando os testes | saltando i test / eseguendo i test
return_lyrics | con la letra / sin la letra | avec les paroles / sans les paroles | mit Songtext / ohne Songtext | com a letra / sem a letra | con il testo / senza il testo
include_daily_breakdown | con el desglose diario / sin el desglose diario | avec le détail jour par jour / sans le détail jour par jour | mit Aufschlüsselung nach Tagen / ohne tägliche Aufschlüsselung | com o detalhamento diário / sem o detalhamento diário | con il dettaglio giornaliero / senza il dettaglio giornaliero
notify | avisando a todos / sin avisar a nadie | en prévenant tout le monde / sans prévenir personne | mit Benachrichtigung aller Beteiligten / ohne jemanden zu benachrichtigen | avisando todos os envolvidos / sem avisar ninguém | avvisando tutti / senza avvisare nessuno
draft | como borrador / ya en versión definitiva | en brouillon / en version définitive | als Entwurf / direkt final | como rascunho / já na versão final | come bozza / in versione definitiva
issue_replacement | con una clave de reemplazo / sin clave de reemplazo | avec une clé de remplacement / sans clé de remplacement | mit Ersatzschlüssel / ohne Ersatzschlüssel | com uma chave de substituição / sem chave de substituição | con una chiave sostitutiva / senza chiave sostitutiva
add_video_conference | con videollamada / sin videollamada | avec visioconférence / sans visioconférence | mit Videokonferenz / ohne Videokonferenz | com videoconferência / sem videoconferência | con videoconferenza / senza videoconferenza
include_company_profile | con el perfil de la empresa / sin el perfil de la empresa | avec le profil de l'entreprise / sans le profil de l'entreprise | mit Firmenprofil / ohne Firmenprofil | com o perfil da empresa / sem o perfil da empresa | con il profilo dell'azienda / senza il profilo dell'azienda
include_declined | incluyendo las rechazadas / sin las rechazadas | y compris les refus / sans les refus | inklusive der abgelehnten / ohne die abgelehnten | incluindo as recusadas / sem as recusadas | incluse quelle rifiutate / escluse quelle rifiutate
unread_only | solo los no leídos / leídos o no | uniquement les non lus / lus ou non | nur ungelesene / gelesen oder nicht | só os não lidos / lidos ou não | solo i non letti / letti o no
instant | al instante / sin prisa | instantanément / sans urgence | sofort / ohne Eile | na hora / sem pressa | all'istante / senza fretta
include_ungraded | incluyendo las que no tienen nota / sin las que no tienen nota | y compris les copies non notées / sans les copies non notées | inklusive unbenoteter Abgaben / ohne unbenotete Abgaben | incluindo as que não têm nota / sem as que não têm nota | incluse quelle senza voto / escluse quelle senza voto
with_food | con comida / sin comida | pendant un repas / à jeun | zum Essen / auf nüchternen Magen | com comida / em jejum | a stomaco pieno / a stomaco vuoto
expand_recurring | desglosando los eventos recurrentes / sin desglosar los eventos recurrentes | en développant les événements récurrents / sans développer les événements récurrents | mit aufgelösten Serienterminen / ohne Serientermine aufzulösen | expandindo os eventos recorrentes / sem expandir os eventos recorrentes | espandendo gli eventi ricorrenti / senza espandere gli eventi ricorrenti
include_adult | incluyendo contenido para adultos / sin contenido para adultos | y compris le contenu pour adultes / sans contenu pour adultes | inklusive Inhalte für Erwachsene / ohne Inhalte für Erwachsene | incluindo conteúdo adulto / sem conteúdo adulto | inclusi i contenuti per adulti / senza contenuti per adulti
include_entities | con las entidades / sin las entidades | avec les entités / sans les entités | mit Entitäten / ohne Entitäten | com as entidades / sem as entidades | con le entità / senza le entità
excuse | con justificante / sin justificante | avec justificatif / sans justificatif | entschuldigt / unentschuldigt | com justificativa / sem justificativa | con giustificazione / senza giustificazione
include_documents | con los documentos / sin los documentos | avec les documents / sans les documents | mit Dokumenten / ohne Dokumente | com os documentos / sem os documentos | con i documenti / senza i documenti
nonstop_only | solo vuelos directos / con o sin escalas | uniquement des vols directs / avec ou sans escale | nur Direktflüge / mit oder ohne Umstieg | só voos diretos / com ou sem escalas | solo voli diretti / con o senza scali
show_reposts | mostrando también los reposts / sin los reposts | avec les repartages / sans les repartages | mit Reposts / ohne Reposts | mostrando também os reposts / sem os reposts | con i repost / senza i repost
include_timestamps | con marcas de tiempo / sin marcas de tiempo | avec horodatage / sans horodatage | mit Zeitstempeln / ohne Zeitstempel | com marcação de tempo / sem marcação de tempo | con i timestamp / senza i timestamp
include_nsfw | incluyendo contenido sensible / sin contenido sensible | y compris le contenu sensible / sans contenu sensible | inklusive sensibler Inhalte / ohne sensible Inhalte | incluindo conteúdo sensível / sem conteúdo sensível | inclusi i contenuti sensibili / senza contenuti sensibili
track_opens | con seguimiento de aperturas / sin seguimiento de aperturas | avec suivi des ouvertures / sans suivi des ouvertures | mit Öffnungs-Tracking / ohne Öffnungs-Tracking | com rastreamento de aberturas / sem rastreamento de aberturas | con tracciamento delle aperture / senza tracciamento delle aperture
needs_loaner | con vehículo de sustitución / sin vehículo de sustitución | avec un véhicule de prêt / sans véhicule de prêt | mit Ersatzwagen / ohne Ersatzwagen | com carro reserva / sem carro reserva | con auto sostitutiva / senza auto sostitutiva
is_private | en privado / en público | en privé / en public | privat / öffentlich | no modo privado / no modo público | in privato / in pubblico
with_photos | con fotos / sin fotos | avec photos / sans photos | mit Fotos / ohne Fotos | com fotos / sem fotos | con foto / senza foto
include_claims | incluyendo los siniestros / sin los siniestros | avec les sinistres / sans les sinistres | mit Schadensfällen / ohne Schadensfälle | incluindo os sinistros / sem os sinistros | inclusi i sinistri / senza i sinistri
available_now | disponibles ahora / aunque no estén disponibles ahora | disponibles tout de suite / disponibles ou non | sofort verfügbar / egal ob sofort verfügbar | disponíveis agora / disponíveis ou não | disponibili subito / disponibili o no
include_inbound | incluyendo el tráfico entrante / sin el tráfico entrante | y compris le trafic entrant / sans le trafic entrant | inklusive eingehender Verbindungen / ohne eingehende Verbindungen | incluindo o tráfego de entrada / sem o tráfego de entrada | incluso il traffico in entrata / senza il traffico in entrata
marketing_consent | con consentimiento de marketing / sin consentimiento de marketing | avec consentement marketing / sans consentement marketing | mit Marketing-Einwilligung / ohne Marketing-Einwilligung | com consentimento de marketing / sem consentimento de marketing | con consenso al marketing / senza consenso al marketing
explicit_allowed | permitiendo contenido explícito / sin contenido explícito | en autorisant le contenu explicite / sans contenu explicite | mit expliziten Inhalten / ohne explizite Inhalte | permitindo conteúdo explícito / sem conteúdo explícito | consentendo contenuti espliciti / senza contenuti espliciti
include_food_interactions | incluyendo las interacciones con alimentos / sin las interacciones con alimentos | y compris les interactions alimentaires / sans les interactions alimentaires | inklusive Wechselwirkungen mit Lebensmitteln / ohne Wechselwirkungen mit Lebensmitteln | incluindo as interações com alimentos / sem as interações com alimentos | incluse le interazioni con gli alimenti / senza le interazioni con gli alimenti
include_price | con el precio / sin el precio | avec le prix / sans le prix | mit Preis / ohne Preis | com o preço / sem o preço | con il prezzo / senza il prezzo
include_payments | incluyendo los pagos / sin los pagos | avec les paiements / sans les paiements | mit Zahlungen / ohne Zahlungen | incluindo os pagamentos / sem os pagamentos | inclusi i pagamenti / senza i pagamenti
active_only | solo lo que esté activo / esté activo o no | uniquement ce qui est actif / actif ou non | nur aktive / aktiv oder nicht | só o que estiver ativo / ativo ou não | solo ciò che è attivo / attivo o no
notify_customer | avisando al cliente / sin avisar al cliente | en prévenant le client / sans prévenir le client | mit Benachrichtigung des Kunden / ohne den Kunden zu benachrichtigen | avisando o cliente / sem avisar o cliente | avvisando il cliente / senza avvisare il cliente
send_invoice | enviando la factura / sin enviar la factura | en envoyant la facture / sans envoyer la facture | mit Rechnungsversand / ohne Rechnungsversand | enviando a fatura / sem enviar a fatura | inviando la fattura / senza inviare la fattura
include_tides | con las mareas / sin las mareas | avec les marées / sans les marées | mit Gezeiten / ohne Gezeiten | com as marés / sem as marés | con le maree / senza le maree
wait_for_rollout | esperando a que termine el despliegue / sin esperar al despliegue | en attendant la fin du déploiement / sans attendre le déploiement | mit Warten auf den Rollout / ohne auf den Rollout zu warten | esperando o fim da implantação / sem esperar a implantação | aspettando la fine del rilascio / senza aspettare il rilascio
include_variants | con las variantes / sin las variantes | avec les variantes / sans les variantes | mit Varianten / ohne Varianten | com as variantes / sem as variantes | con le varianti / senza le varianti
check_treatment | comprobando también el tratamiento / sin comprobar el tratamiento | en vérifiant aussi le traitement / sans vérifier le traitement | mit Prüfung der Behandlung / ohne die Behandlung zu prüfen | verificando também o tratamento / sem verificar o tratamento | verificando anche il trattamento / senza verificare il trattamento
only_offline | solo los que estén desconectados / conectados o no | uniquement les appareils hors ligne / en ligne ou non | nur Offline-Geräte / egal ob online oder offline | só os que estiverem offline / online ou não | solo i dispositivi offline / online o no
include_unverified | incluyendo lo no verificado / sin lo no verificado | y compris les éléments non vérifiés / sans les éléments non vérifiés | inklusive nicht verifizierter Einträge / ohne nicht verifizierte Einträge | incluindo o que não foi verificado / sem o que não foi verificado | inclusi gli elementi non verificati / senza gli elementi non verificati
include_votes | con los votos / sin los votos | avec les votes / sans les votes | mit den Abstimmungen / ohne die Abstimmungen | com os votos / sem os votos | con i voti / senza i voti
`;

export interface FlagPhrases {
  readonly yes: readonly string[];
  readonly no: readonly string[];
}

const FLAGS = new Map<string, Readonly<Record<Lang, FlagPhrases>>>();
for (const raw of TABLE.split('\n')) {
  const line = raw.trim();
  if (line === '') continue;
  const cells = line.split(' | ');
  if (cells.length !== LANGS.length + 1) throw new Error(`flags: ${cells.length} cells in: ${line}`);
  const row = {} as Record<Lang, FlagPhrases>;
  LANGS.forEach((lang, i) => {
    const [yes, no] = cells[i + 1].split(' / ');
    if (yes === undefined || no === undefined) throw new Error(`flags: no "yes / no" in: ${line}`);
    row[lang] = { yes: yes.split(' ; ').map((s) => s.trim()), no: no.split(' ; ').map((s) => s.trim()) };
  });
  FLAGS.set(cells[0].trim(), row);
}

/** The phrases for snake_case flag `k` in `lang`, or undefined when it has none. */
export const flagPhrasesIn = (lang: Lang, k: string): FlagPhrases | undefined => FLAGS.get(k)?.[lang];
