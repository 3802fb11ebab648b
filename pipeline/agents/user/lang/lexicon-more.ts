/** Counted things and units, in each second language (format: lexicon.ts). */
export const LEXICON_MORE = `
# counted things
person | f persona | f personne | f Person|-en | f pessoa | f persona|persone
guest | m huésped|huéspedes | m voyageur | m Gast|Gäste | m hóspede | m ospite|ospiti
adult | m adulto | m adulte | m Erwachsener|Erwachsene | m adulto | m adulto
child | m niño | m enfant | n Kind|-er | f criança | m bambino
kid | m niño | m enfant | n Kind|-er | f criança | m bambino
infant | m bebé | m bébé | n Kleinkind|-er | m bebê | m neonato
passenger | m pasajero | m passager | m Fahrgast|Fahrgäste | m passageiro | m passeggero|passeggeri
room | f habitación|habitaciones | f chambre | n Zimmer|Zimmer | m quarto | f camera|camere
seat | f plaza | f place | m Platz|Plätze | m lugar|lugares | m posto|posti
ticket count | f entrada | m billet | n Ticket|-s | m ingresso | m biglietto|biglietti
copy | f copia | m exemplaire | n Exemplar|-e | f cópia | f copia|copie
attendee | m asistente | m participant | m Teilnehmer|Teilnehmer | m participante | m partecipante
participant | m participante | m participant | m Teilnehmer|Teilnehmer | m participante | m partecipante
serving | f ración|raciones | f portion | f Portion|-en | f porção|porções | f porzione|porzioni
bedroom | m dormitorio | f chambre | n Schlafzimmer|Schlafzimmer | m quarto | f camera da letto|camere da letto
bathroom | m baño | f salle de bains|salles de bains | n Badezimmer|Badezimmer | m banheiro | m bagno|bagni
bed | f cama | m lit | n Bett|-en | f cama | m letto|letti
floor | f planta | m étage | n Stockwerk|-e | m andar|andares | m piano|piani
replica | f réplica | f réplique | f Replika|Repliken | f réplica | f replica|repliche
retry | m reintento | f nouvelle tentative|nouvelles tentatives | m Wiederholungsversuch|-e | f nova tentativa|novas tentativas | m nuovo tentativo|nuovi tentativi
attempt | m intento | f tentative | m Versuch|-e | f tentativa | m tentativo
question | f pregunta | f question | f Frage|-n | f pergunta | f domanda
unit | f unidad|unidades | f unité | f Einheit|-en | f unidade | f unità|unità
share | f acción|acciones | f action | f Aktie|-n | f ação|ações | f azione|azioni
stop | f parada | m arrêt | m Halt|-e | f parada | f fermata
driver | m conductor|conductores | m conducteur | m Fahrer|Fahrer | m motorista | m conducente|conducenti
pet | f mascota | m animal|animaux | n Haustier|-e | m animal de estimação|animais de estimação | m animale domestico|animali domestici
member | m miembro | m membre | n Mitglied|-er | m membro | m membro|membri
license | f licencia | f licence | f Lizenz|-en | f licença | f licenza|licenze
slot | m hueco | m créneau|créneaux | m Slot|-s | m horário|horários | m posto|posti
step | m paso | f étape | m Schritt|-e | m passo | m passo
calorie | f caloría | f calorie | f Kalorie|-n | f caloria | f caloria|calorie
word | f palabra | m mot | n Wort|Wörter | f palavra | f parola|parole
page | f página | f page | f Seite|-n | f página | f pagina
instance | f instancia | f instance | f Instanz|-en | f instância | f istanza|istanze
node | m nodo | m nœud | m Knoten|Knoten | m nó|nós | m nodo
worker | m worker|workers | m worker|workers | m Worker|Worker | m worker|workers | m worker|worker
pod | m pod|pods | m pod|pods | m Pod|-s | m pod|pods | m pod|pod
line | f línea | f ligne | f Zeile|-n | f linha | f riga|righe
result | m resultado | m résultat | n Ergebnis|-se | m resultado | m risultato
episode | m episodio | m épisode | f Folge|-n | m episódio | m episodio|episodi
article | m artículo | m article | m Artikel|Artikel | m artigo | m articolo
comment | m comentario | m commentaire | m Kommentar|-e | m comentário | m commento
review | f reseña | m avis|avis | f Bewertung|-en | f avaliação|avaliações | f recensione|recensioni
point | m punto | m point | m Punkt|-e | m ponto | m punto
goal | m gol|goles | m but | n Tor|-e | m gol|gols | m gol|gol
sample | f muestra | m échantillon | f Stichprobe|-n | f amostra | m campione|campioni
# units
minute | m minuto | f minute | f Minute|-n | m minuto | m minuto
hour | f hora | f heure | f Stunde|-n | f hora | f ora
day | m día | m jour | m Tag|-e | m dia | m giorno
second | m segundo | f seconde | f Sekunde|-n | m segundo | m secondo
night | f noche | f nuit | f Nacht|Nächte | f noite | f notte|notti
week | f semana | f semaine | f Woche|-n | f semana | f settimana
month | m mes|meses | m mois|mois | m Monat|-e | m mês|meses | m mese
mile | f milla | m mile | f Meile|-n | f milha | m miglio|miglia
foot | m pie | m pied | m Fuß|Fuß | m pé|pés | m piede
square foot | m pie cuadrado|pies cuadrados | m pied carré|pieds carrés | m Quadratfuß|Quadratfuß | m pé quadrado|pés quadrados | m piede quadrato|piedi quadrati
litre | m litro | m litre | m Liter|Liter | m litro | m litro
degree | m grado | m degré | n Grad|Grad | m grau|graus | m grado
acre | m acre | f acre | m Acre|-s | m acre | m acro|acri
`;
