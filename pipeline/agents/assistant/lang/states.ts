/**
 * Statuses a result reports ("pending", "in transit", "confirmed"), as each second language says
 * them after its verb "to be": the masculine singular form (the grammar makes it agree with the
 * thing it is said of: "la reserva está confirmada"). A status not listed is quoted as the
 * system's word ("figura como "in review"") rather than translated by guess.
 */
import { LANGS, type Lang } from '../../user/lang/types.js';

const TABLE = `
pending | pendiente | en attente | ausstehend | pendente | in sospeso
confirmed | confirmado | confirmé | bestätigt | confirmado | confermato
cancelled | cancelado | annulé | storniert | cancelado | annullato
canceled | cancelado | annulé | storniert | cancelado | annullato
active | activo | actif | aktiv | ativo | attivo
inactive | inactivo | inactif | inaktiv | inativo | inattivo
open | abierto | ouvert | offen | aberto | aperto
closed | cerrado | fermé | geschlossen | fechado | chiuso
completed | completado | terminé | abgeschlossen | concluído | completato
complete | completado | terminé | abgeschlossen | concluído | completato
failed | fallido | en échec | fehlgeschlagen | com falha | non riuscito
delivered | entregado | livré | zugestellt | entregue | consegnato
shipped | enviado | expédié | versandt | enviado | spedito
in transit | en tránsito | en transit | unterwegs | em trânsito | in transito
processing | en proceso | en cours de traitement | in Bearbeitung | em processamento | in elaborazione
approved | aprobado | approuvé | genehmigt | aprovado | approvato
rejected | rechazado | refusé | abgelehnt | rejeitado | respinto
scheduled | programado | planifié | geplant | agendado | programmato
on time | a tiempo | à l'heure | pünktlich | no horário | in orario
delayed | retrasado | retardé | verspätet | atrasado | in ritardo
late | con retraso | en retard | verspätet | atrasado | in ritardo
arrived | en destino | arrivé | angekommen | no destino | arrivato
available | disponible | disponible | verfügbar | disponível | disponibile
unavailable | no disponible | indisponible | nicht verfügbar | indisponível | non disponibile
expired | caducado | expiré | abgelaufen | expirado | scaduto
paid | pagado | payé | bezahlt | pago | pagato
unpaid | sin pagar | impayé | unbezahlt | não pago | non pagato
draft | en borrador | à l'état de brouillon | im Entwurf | em rascunho | in bozza
published | publicado | publié | veröffentlicht | publicado | pubblicato
submitted | enviado | soumis | eingereicht | enviado | inviato
accepted | aceptado | accepté | angenommen | aceito | accettato
declined | rechazado | refusé | abgelehnt | recusado | rifiutato
resolved | resuelto | résolu | gelöst | resolvido | risolto
under review | en revisión | en cours d'examen | in Prüfung | em análise | in revisione
in progress | en curso | en cours | in Bearbeitung | em andamento | in corso
valid | válido | valide | gültig | válido | valido
invalid | no válido | non valide | ungültig | inválido | non valido
healthy | en buen estado | en bon état | in Ordnung | saudável | in buono stato
running | en marcha | en cours d'exécution | aktiv | em execução | in esecuzione
stopped | detenido | arrêté | gestoppt | parado | fermo
successful | correcto | réussi | erfolgreich | concluído com sucesso | riuscito
queued | en cola | en file d'attente | in der Warteschlange | na fila | in coda
enrolled | inscrito | inscrit | angemeldet | inscrito | iscritto
locked | bloqueado | verrouillé | verriegelt | trancado | bloccato
unlocked | desbloqueado | déverrouillé | entriegelt | destrancado | sbloccato
armed | activado | activé | scharf geschaltet | ativado | inserito
disarmed | desactivado | désactivé | unscharf | desativado | disinserito
online | en línea | en ligne | online | online | online
offline | sin conexión | hors ligne | offline | offline | offline
verified | verificado | vérifié | verifiziert | verificado | verificato
suspended | suspendido | suspendu | gesperrt | suspenso | sospeso
refunded | reembolsado | remboursé | erstattet | reembolsado | rimborsato
overdue | vencido | en retard | überfällig | vencido | scaduto
due | pendiente de pago | à payer | fällig | a vencer | in scadenza
granted | concedido | accordé | erteilt | concedido | concesso
denied | denegado | refusé | abgelehnt | negado | negato
issued | emitido | émis | ausgestellt | emitido | emesso
sent | enviado | envoyé | gesendet | enviado | inviato
ready | listo | prêt | bereit | pronto | pronto
ended | terminado | terminé | beendet | encerrado | terminato
finished | terminado | terminé | beendet | encerrado | terminato
postponed | aplazado | reporté | verschoben | adiado | rinviato
new | nuevo | nouveau | neu | novo | nuovo
in review | en revisión | en cours d'examen | in Prüfung | em análise | in revisione
on hold | en espera | en attente | angehalten | em espera | in attesa
high | alto | élevé | hoch | alto | alto
low | bajo | faible | niedrig | baixo | basso
moderate | moderado | modéré | mäßig | moderado | moderato
critical | crítico | critique | kritisch | crítico | critico
severe | grave | grave | schwer | grave | grave
normal | normal | normal | normal | normal | normale
elevated | elevado | élevé | erhöht | elevado | elevato
malicious | malicioso | malveillant | bösartig | malicioso | malevolo
suspicious | sospechoso | suspect | verdächtig | suspeito | sospetto
harmless | inofensivo | inoffensif | harmlos | inofensivo | innocuo
clean | limpio | sain | unbedenklich | limpo | pulito
partially refunded | reembolsado en parte | partiellement remboursé | teilweise erstattet | reembolsado em parte | rimborsato in parte
`;

const STATES = new Map<string, Readonly<Record<Lang, string>>>();
for (const raw of TABLE.split('\n')) {
  const cells = raw.split(' | ').map((c) => c.trim());
  if (cells.length === 1 && cells[0] === '') continue;
  if (cells.length !== LANGS.length + 1) throw new Error(`states: ${cells.length} cells in: ${raw}`);
  const row = {} as Record<Lang, string>;
  LANGS.forEach((l, i) => {
    row[l] = cells[i + 1];
  });
  STATES.set(cells[0], row);
}

/** The status `english` (as the English facts word it) in `lang`, masculine singular, or undefined. */
export const stateIn = (lang: Lang, english: string): string | undefined => STATES.get(english.toLowerCase())?.[lang];
