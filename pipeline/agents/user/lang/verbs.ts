/**
 * The verbs a second-language request asks with and an answer reports with, by the English
 * tool verb ("cancel", "book") or, failing that, by its class (read, search, create...). One
 * line per verb or class, a cell per language, alternatives apart by " ; ", each
 *
 *     SLOT infinitive:imperative:done[:preposition]
 *
 * SLOT is T (the thing itself: "cancel the order"), A (a new one: "create a budget") or P
 * (several: "compare rates"); the imperative is the one a user writes to the assistant (tú,
 * tu, du, você, tu); "done" is the past participle (Portuguese: the preterite, "cancelei");
 * a German separable verb marks its particle with "~" ("ruf~ab": "ruf ... ab", "abzurufen").
 */
import type { Lang, Verb } from './types.js';
import { LANGS } from './types.js';

const TABLE = `
# classes
read | T consultar:consulta:consultado ; T obtener:obtén:obtenido ; T revisar:revisa:revisado | T consulter:consulte:consulté ; T vérifier:vérifie:vérifié ; T récupérer:récupère:récupéré | T ~abrufen:ruf~ab:abgerufen ; T ~nachschauen:schau~nach:nachgeschaut ; T prüfen:prüf:geprüft | T consultar:consulte:consultei ; T verificar:verifique:verifiquei ; T ver:veja:vi | T controllare:controlla:controllato ; T recuperare:recupera:recuperato ; T consultare:consulta:consultato
list | T mostrar:muestra:mostrado ; T listar:lista:listado ; T revisar:revisa:revisado | T afficher:affiche:affiché ; T lister:liste:listé | T ~anzeigen:zeig~an:angezeigt ; T ~auflisten:list~auf:aufgelistet | T listar:liste:listei ; T mostrar:mostre:mostrei | T elencare:elenca:elencato ; T mostrare:mostra:mostrato
search | P buscar:busca:buscado ; P encontrar:encuentra:encontrado | P chercher:cherche:cherché ; P trouver:trouve:trouvé | P suchen:such:gesucht ; P finden:finde:gefunden | P procurar:procure:procurei ; P encontrar:encontre:encontrei | P cercare:cerca:cercato ; P trovare:trova:trovato
search-in | T buscar:busca:buscado:en ; T revisar:revisa:revisado | T chercher:cherche:cherché:dans ; T fouiller:fouille:fouillé | T durchsuchen:durchsuch:durchsucht | T procurar:procure:procurei:em ; T vasculhar:vasculhe:vasculhei | T cercare:cerca:cercato:in
create | A crear:crea:creado ; A añadir:añade:añadido | A créer:crée:créé ; A ajouter:ajoute:ajouté | A erstellen:erstell:erstellt ; A ~anlegen:leg~an:angelegt | A criar:crie:criei ; A adicionar:adicione:adicionei | A creare:crea:creato ; A aggiungere:aggiungi:aggiunto
update | T actualizar:actualiza:actualizado ; T cambiar:cambia:cambiado ; T modificar:modifica:modificado | T modifier:modifie:modifié ; T changer:change:changé | T aktualisieren:aktualisier:aktualisiert ; T ändern:ändere:geändert | T atualizar:atualize:atualizei ; T alterar:altere:alterei | T aggiornare:aggiorna:aggiornato ; T modificare:modifica:modificato
delete | T eliminar:elimina:eliminado ; T borrar:borra:borrado ; T quitar:quita:quitado | T supprimer:supprime:supprimé ; T effacer:efface:effacé | T löschen:lösch:gelöscht ; T entfernen:entfern:entfernt | T excluir:exclua:excluí ; T apagar:apague:apaguei ; T remover:remova:removi | T eliminare:elimina:eliminato ; T cancellare:cancella:cancellato
send | A enviar:envía:enviado ; A mandar:manda:mandado | A envoyer:envoie:envoyé | A senden:sende:gesendet ; A schicken:schick:geschickt | A enviar:envie:enviei ; A mandar:mande:mandei | A inviare:invia:inviato ; A mandare:manda:mandato
compute | T calcular:calcula:calculado | T calculer:calcule:calculé ; T évaluer:évalue:évalué | T berechnen:berechne:berechnet ; T ermitteln:ermittle:ermittelt | T calcular:calcule:calculei | T calcolare:calcola:calcolato
convert | T convertir:convierte:convertido | T convertir:convertis:converti | T ~umrechnen:rechne~um:umgerechnet | T converter:converta:converti | T convertire:converti:convertito
check | T comprobar:comprueba:comprobado ; T verificar:verifica:verificado ; T revisar:revisa:revisado | T vérifier:vérifie:vérifié ; T contrôler:contrôle:contrôlé | T prüfen:prüf:geprüft ; T überprüfen:überprüf:überprüft | T verificar:verifique:verifiquei ; T conferir:confira:conferi | T verificare:verifica:verificato ; T controllare:controlla:controllato
schedule | A programar:programa:programado ; A organizar:organiza:organizado | A planifier:planifie:planifié ; A organiser:organise:organisé | A planen:plan:geplant ; A vereinbaren:vereinbare:vereinbart | A agendar:agende:agendei ; A marcar:marque:marquei | A programmare:programma:programmato ; A fissare:fissa:fissato
track | T seguir:sigue:seguido ; T rastrear:rastrea:rastreado | T suivre:suis:suivi | T verfolgen:verfolg:verfolgt | T acompanhar:acompanhe:acompanhei ; T rastrear:rastreie:rastreei | T seguire:segui:seguito ; T tracciare:traccia:tracciato
# verbs said as themselves
book | A reservar:reserva:reservado | A réserver:réserve:réservé | A buchen:buch:gebucht ; A reservieren:reservier:reserviert | A reservar:reserve:reservei ; A marcar:marque:marquei | A prenotare:prenota:prenotato
reserve | A reservar:reserva:reservado | A réserver:réserve:réservé | A reservieren:reservier:reserviert | A reservar:reserve:reservei | A prenotare:prenota:prenotato
cancel | T cancelar:cancela:cancelado ; T anular:anula:anulado | T annuler:annule:annulé ; T résilier:résilie:résilié | T stornieren:stornier:storniert ; T kündigen:kündige:gekündigt | T cancelar:cancele:cancelei | T annullare:annulla:annullato ; T disdire:disdici:disdetto
withdraw | T retirar:retira:retirado | T retirer:retire:retiré | T ~zurückziehen:zieh~zurück:zurückgezogen | T retirar:retire:retirei | T ritirare:ritira:ritirato
revoke | T revocar:revoca:revocado ; T desactivar:desactiva:desactivado | T révoquer:révoque:révoqué | T widerrufen:widerruf:widerrufen ; T sperren:sperr:gesperrt | T revogar:revogue:revoguei | T revocare:revoca:revocato
void | T anular:anula:anulado | T annuler:annule:annulé | T stornieren:stornier:storniert | T anular:anule:anulei | T annullare:annulla:annullato
release | T liberar:libera:liberado | T libérer:libère:libéré | T ~freigeben:gib~frei:freigegeben | T liberar:libere:liberei | T rilasciare:rilascia:rilasciato
refund | T reembolsar:reembolsa:reembolsado | T rembourser:rembourse:remboursé | T erstatten:erstatte:erstattet | T reembolsar:reembolse:reembolsei | T rimborsare:rimborsa:rimborsato
pay | T pagar:paga:pagado | T payer:paie:payé ; T régler:règle:réglé | T bezahlen:bezahl:bezahlt | T pagar:pague:paguei | T pagare:paga:pagato
buy | A comprar:compra:comprado | A acheter:achète:acheté | A kaufen:kauf:gekauft | A comprar:compre:comprei | A comprare:compra:comprato ; A acquistare:acquista:acquistato
purchase | A comprar:compra:comprado | A acheter:achète:acheté | A kaufen:kauf:gekauft | A comprar:compre:comprei | A acquistare:acquista:acquistato
initiate | A hacer:haz:hecho ; A iniciar:inicia:iniciado | A faire:fais:fait ; A lancer:lance:lancé | A ~veranlassen:veranlass:veranlasst | A fazer:faça:fiz | A fare:fai:fatto ; A avviare:avvia:avviato
apply | A solicitar:solicita:solicitado | A demander:demande:demandé | A beantragen:beantrag:beantragt | A solicitar:solicite:solicitei ; A pedir:peça:pedi | A richiedere:richiedi:richiesto
apply-code | T aplicar:aplica:aplicado | T appliquer:applique:appliqué | T ~einlösen:lös~ein:eingelöst | T aplicar:aplique:apliquei | T applicare:applica:applicato
request | A solicitar:solicita:solicitado ; A pedir:pide:pedido | A demander:demande:demandé | A ~anfordern:forder~an:angefordert ; A beantragen:beantrag:beantragt | A solicitar:solicite:solicitei ; A pedir:peça:pedi | A richiedere:richiedi:richiesto
respond | T responder:responde:respondido:a | T répondre:réponds:répondu:à | T antworten:antworte:geantwortet:auf | T responder:responda:respondi:a | T rispondere:rispondi:risposto:a
share | T compartir:comparte:compartido | T partager:partage:partagé | T teilen:teil:geteilt ; T ~freigeben:gib~frei:freigegeben | T compartilhar:compartilhe:compartilhei ; T partilhar:partilhe:partilhei | T condividere:condividi:condiviso
post | A publicar:publica:publicado | A publier:publie:publié ; A poster:poste:posté | A posten:post:gepostet ; A veröffentlichen:veröffentliche:veröffentlicht | A publicar:publique:publiquei ; A postar:poste:postei | A pubblicare:pubblica:pubblicato
publish | A publicar:publica:publicado | A publier:publie:publié | A veröffentlichen:veröffentliche:veröffentlicht | A publicar:publique:publiquei | A pubblicare:pubblica:pubblicato
submit | A enviar:envía:enviado ; A entregar:entrega:entregado | A soumettre:soumets:soumis ; A envoyer:envoie:envoyé | A ~einreichen:reich~ein:eingereicht | A enviar:envie:enviei ; A entregar:entregue:entreguei | A inviare:invia:inviato ; A consegnare:consegna:consegnato
file | A presentar:presenta:presentado | A déclarer:déclare:déclaré | A ~einreichen:reich~ein:eingereicht ; A melden:meld:gemeldet | A registrar:registre:registrei | A presentare:presenta:presentato
report | A reportar:reporta:reportado ; A notificar:notifica:notificado | A signaler:signale:signalé | A melden:meld:gemeldet | A relatar:relate:relatei ; A comunicar:comunique:comuniquei | A segnalare:segnala:segnalato
log | A registrar:registra:registrado | A enregistrer:enregistre:enregistré | A erfassen:erfass:erfasst ; A protokollieren:protokollier:protokolliert | A registrar:registre:registrei | A registrare:registra:registrato
record | A registrar:registra:registrado | A enregistrer:enregistre:enregistré | A erfassen:erfass:erfasst | A registrar:registre:registrei | A registrare:registra:registrato
upload | A subir:sube:subido | A téléverser:téléverse:téléversé ; A envoyer:envoie:envoyé | A ~hochladen:lad~hoch:hochgeladen | A enviar:envie:enviei ; A carregar:carregue:carreguei | A caricare:carica:caricato
enroll | T inscribir:inscribe:inscrito | T inscrire:inscris:inscrit | T ~anmelden:meld~an:angemeldet | T inscrever:inscreva:inscrevi ; T matricular:matricule:matriculei | T iscrivere:iscrivi:iscritto
follow | T seguir:sigue:seguido | T suivre:suis:suivi | T abonnieren:abonnier:abonniert | T seguir:siga:segui | T seguire:segui:seguito
grade | T calificar:califica:calificado ; T corregir:corrige:corregido | T noter:note:noté ; T corriger:corrige:corrigé | T benoten:benote:benotet ; T bewerten:bewerte:bewertet | T avaliar:avalie:avaliei ; T corrigir:corrija:corrigi | T valutare:valuta:valutato ; T correggere:correggi:corretto
scale | T escalar:escala:escalado | T redimensionner:redimensionne:redimensionné | T skalieren:skalier:skaliert | T escalar:escale:escalei | T scalare:scala:scalato
trigger | A lanzar:lanza:lanzado | A lancer:lance:lancé ; A déclencher:déclenche:déclenché | A ~auslösen:lös~aus:ausgelöst ; A starten:start:gestartet | A disparar:dispare:disparei | A avviare:avvia:avviato ; A lanciare:lancia:lanciato
run | A ejecutar:ejecuta:ejecutado ; A lanzar:lanza:lanzado | A lancer:lance:lancé ; A exécuter:exécute:exécuté | A ~ausführen:führ~aus:ausgeführt ; A starten:start:gestartet | A executar:execute:executei ; A rodar:rode:rodei | A eseguire:esegui:eseguito ; A lanciare:lancia:lanciato
start | A iniciar:inicia:iniciado ; A empezar:empieza:empezado | A démarrer:démarre:démarré ; A lancer:lance:lancé | A starten:start:gestartet | A iniciar:inicie:iniciei ; A começar:comece:comecei | A avviare:avvia:avviato ; A iniziare:inizia:iniziato
declare | A declarar:declara:declarado ; A abrir:abre:abierto | A déclarer:déclare:déclaré ; A ouvrir:ouvre:ouvert | A ausrufen:ruf~aus:ausgerufen ; A melden:meld:gemeldet | A declarar:declare:declarei ; A abrir:abra:abri | A dichiarare:dichiara:dichiarato ; A aprire:apri:aperto
open | A abrir:abre:abierto | A ouvrir:ouvre:ouvert | A ~anlegen:leg~an:angelegt ; A eröffnen:eröffne:eröffnet | A abrir:abra:abri | A aprire:apri:aperto
arm | T activar:activa:activado | T activer:active:activé | T aktivieren:aktivier:aktiviert ; T scharfschalten:schalt~scharf:scharfgeschaltet | T ativar:ative:ativei | T attivare:attiva:attivato ; T inserire:inserisci:inserito
set | T configurar:configura:configurado ; T ajustar:ajusta:ajustado | T régler:règle:réglé ; T configurer:configure:configuré | T einstellen:stell~ein:eingestellt | T configurar:configure:configurei ; T ajustar:ajuste:ajustei | T impostare:imposta:impostato
control | T controlar:controla:controlado | T contrôler:contrôle:contrôlé ; T piloter:pilote:piloté | T steuern:steuere:gesteuert | T controlar:controle:controlei | T controllare:controlla:controllato ; T gestire:gestisci:gestito
adjust | T ajustar:ajusta:ajustado | T ajuster:ajuste:ajusté | T ~anpassen:pass~an:angepasst | T ajustar:ajuste:ajustei | T regolare:regola:regolato
change | T cambiar:cambia:cambiado | T changer:change:changé ; T modifier:modifie:modifié | T ändern:ändere:geändert ; T wechseln:wechsle:gewechselt | T mudar:mude:mudei ; T alterar:altere:alterei | T cambiare:cambia:cambiato
estimate | T estimar:estima:estimado ; T calcular:calcula:calculado | T estimer:estime:estimé | T schätzen:schätz:geschätzt | T estimar:estime:estimei ; T calcular:calcule:calculei | T stimare:stima:stimato
compare | P comparar:compara:comparado | P comparer:compare:comparé | P vergleichen:vergleich:verglichen | P comparar:compare:comparei | P confrontare:confronta:confrontato
generate | A generar:genera:generado ; A preparar:prepara:preparado | A générer:génère:généré ; A préparer:prépare:préparé | A erstellen:erstell:erstellt ; A generieren:generier:generiert | A gerar:gere:gerei ; A preparar:prepare:preparei | A generare:genera:generato ; A preparare:prepara:preparato
identify | T identificar:identifica:identificado | T identifier:identifie:identifié ; T reconnaître:reconnais:reconnu | T erkennen:erkenne:erkannt ; T identifizieren:identifizier:identifiziert | T identificar:identifique:identifiquei | T identificare:identifica:identificato ; T riconoscere:riconosci:riconosciuto
scan | T analizar:analiza:analizado ; T escanear:escanea:escaneado | T analyser:analyse:analysé ; T scanner:scanne:scanné | T scannen:scann:gescannt ; T prüfen:prüf:geprüft | T analisar:analise:analisei ; T escanear:escaneie:escaneei | T analizzare:analizza:analizzato ; T scansionare:scansiona:scansionato
validate | T validar:valida:validado ; T comprobar:comprueba:comprobado | T valider:valide:validé ; T vérifier:vérifie:vérifié | T validieren:validier:validiert ; T prüfen:prüf:geprüft | T validar:valide:validei | T convalidare:convalida:convalidato ; T verificare:verifica:verificato
decode | T decodificar:decodifica:decodificado | T décoder:décode:décodé | T entschlüsseln:entschlüssle:entschlüsselt ; T dekodieren:dekodier:dekodiert | T decodificar:decodifique:decodifiquei | T decodificare:decodifica:decodificato
analyze | T analizar:analiza:analizado | T analyser:analyse:analysé | T analysieren:analysier:analysiert | T analisar:analise:analisei | T analizzare:analizza:analizzato
assess | T evaluar:evalúa:evaluado | T évaluer:évalue:évalué | T bewerten:bewerte:bewertet ; T einschätzen:schätz~ein:eingeschätzt | T avaliar:avalie:avaliei | T valutare:valuta:valutato
geocode | T geocodificar:geocodifica:geocodificado | T géocoder:géocode:géocodé | T geokodieren:geokodier:geokodiert | T geocodificar:geocodifique:geocodifiquei | T geocodificare:geocodifica:geocodificato
add | A añadir:añade:añadido ; A agregar:agrega:agregado | A ajouter:ajoute:ajouté | A ~hinzufügen:füg~hinzu:hinzugefügt | A adicionar:adicione:adicionei | A aggiungere:aggiungi:aggiunto
remove | T quitar:quita:quitado ; T eliminar:elimina:eliminado | T retirer:retire:retiré ; T supprimer:supprime:supprimé | T entfernen:entfern:entfernt | T remover:remova:removi ; T tirar:tire:tirei | T rimuovere:rimuovi:rimosso ; T togliere:togli:tolto
upsert | A guardar:guarda:guardado | A enregistrer:enregistre:enregistré | A speichern:speichere:gespeichert | A salvar:salve:salvei ; A guardar:guarde:guardei | A salvare:salva:salvato
find | P encontrar:encuentra:encontrado ; P buscar:busca:buscado | P trouver:trouve:trouvé | P finden:finde:gefunden ; P suchen:such:gesucht | P encontrar:encontre:encontrei | P trovare:trova:trovato
discover | P descubrir:descubre:descubierto ; P buscar:busca:buscado | P découvrir:découvre:découvert | P entdecken:entdeck:entdeckt | P descobrir:descubra:descobri | P scoprire:scopri:scoperto
query | T consultar:consulta:consultado | T interroger:interroge:interrogé | T ~abfragen:frag~ab:abgefragt | T consultar:consulte:consultei | T interrogare:interroga:interrogato
lookup | T consultar:consulta:consultado | T consulter:consulte:consulté | T ~nachschlagen:schlag~nach:nachgeschlagen | T consultar:consulte:consultei | T consultare:consulta:consultato
`;

const tables = new Map<string, Readonly<Record<Lang, readonly Verb[]>>>();

function parseVerb(alt: string, line: string): Verb {
  const [slot, spec] = [alt.slice(0, 1), alt.slice(2)];
  const [rawInf, rawImp, done, prep] = spec.split(':');
  if (!/^[TAP]$/.test(slot) || !rawInf || !rawImp || !done) throw new Error(`verbs: bad verb "${alt}" in: ${line}`);
  // German separable verbs: "~abrufen" with imperative "ruf~ab".
  const tilde = rawImp.indexOf('~');
  const particle = tilde >= 0 ? rawImp.slice(tilde + 1) : undefined;
  const inf = rawInf.replace('~', '');
  const imp = tilde >= 0 ? rawImp.slice(0, tilde) : rawImp;
  const zu = particle !== undefined ? `${particle}zu${inf.slice(particle.length)}` : `zu ${inf}`;
  return { inf, imp, done, slot: slot as Verb['slot'], ...(prep ? { prep } : {}), ...(particle ? { particle } : {}), zu };
}

for (const raw of TABLE.split('\n')) {
  const line = raw.trim();
  if (line === '' || line.startsWith('#')) continue;
  const cells = line.split(' | ');
  if (cells.length !== LANGS.length + 1) throw new Error(`verbs: ${cells.length} cells in: ${line}`);
  const row = {} as Record<Lang, readonly Verb[]>;
  LANGS.forEach((lang, i) => {
    row[lang] = cells[i + 1].split(' ; ').map((alt) => parseVerb(alt.trim(), line));
  });
  tables.set(cells[0].trim(), row);
}

/**
 * The verbs for a tool's English verb and class in `lang`: its own, else its class's (reads
 * for an unknown class). `searchIn`: searching inside one thing ("the mailbox").
 */
export function verbsFor(lang: Lang, verb: string | undefined, cls: string, searchIn: boolean): readonly Verb[] {
  const own = verb !== undefined && !searchIn ? tables.get(verb) : undefined;
  return (own ?? tables.get(searchIn ? 'search-in' : cls) ?? (tables.get('read') as Readonly<Record<Lang, readonly Verb[]>>))[lang];
}
