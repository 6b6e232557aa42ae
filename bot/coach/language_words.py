"""Content words of each language, drawn from the labelled corpus by
`python -m bot.language_words` (33805 examples; each word in 5+ examples of its
language and 6x more frequent there than in the other). Generated: edit the corpus,
not this file."""

FR_WORDS = frozenset(
    """
    0,03 0,24 0,3 0,34 1080x1920 10h 10h30 11h 14h 14h30 15h 16h 17h 18h 19h 1er 1ere 1re 20h 21h 2e
    3e 3h 4,2 4e 4h 4x3 5h 6e 6h 7j 8h 9h abdos abo abonne abonnee abonnees abonnement abonnements
    abonnes abord abribus absence absolument academie accepte acces accessibilite accessibles
    accompagne accompagnement accompagner accord accords accroche accroches accueil accueille
    accueilli accueillir accuse achat achats achete achetent acheter acheteurs achetez acquereurs
    acteur acteurs actifs actionnaires actions activer activite activites actrice adapte adherent
    adherents adieu administration admission adn ado adore adorent ados adresse adresses adversaire
    aere aeroport affaire affaires affichage affiche afficher affiches affine affinee affinees
    affiner affirme africain africaine africains afrique ag agees agence agences agglo agrandir
    agricole agriculteur agriculteurs agriculture aide aidee aider aides aie ailleurs aime aiment
    aimer aimerais aimerait aimez aines aise ait ajoute ajouter alcool alerte alertes algorithme
    alimentaire alimentaires alimente allegations allemagne allemand allemands aller allergenes
    allons allumee alors alpes alternance alternants alternatif alternatifs ambassadeur ambassadeurs
    ambassadrice ambassadrices ambiance ambiances ambitieux ame ameliore ameliorees ameliorer
    americain americains aminci amis amorcer amour amphi ampoule anachronique analyser analystes
    ancien ancienne anciennes anciennete anciens anecdotes angele anglais anglaise animale animateur
    animateurs animations animatrice animaux anime animee animees animer animes annee annees anniv
    anniversaire annoncant annonce annoncee annoncer annonces annonceur annonceurs annuel annuelle
    annuels annule anonyme anonymes anonymiser anonymises ans antenne ao aout apero apparait
    apparaitre appareil appareils appart appartement appartements appartiennent appartient appel
    appele appeler appelez appelle appels appetit appli applique apprend apprendre apprenti
    apprentie apprentis apprentissage appris approche approchent approuve approuvee aprem aquarelle
    arabe arbitre arbre arbres archi architecte archives argent argumentaire arnaque arnaques arret
    arrete arreter arrets arriere arrivants arrivee arrivees arrivent arriver arrondi ars
    artificielle artisanale artisanat artiste artistes asie aspirent aspirer assemblee assez
    assistante assistantes asso associe associes assos assurance assure assures assureur astreinte
    astuce astuces asv atelier ateliers ats attache attaque attaquer atteint attend attendant
    attendent attendre attente aubin aucun aucune auditeurs auditif augmente aujourd aupres aura
    aurais aurait autant auteur auteurs authentique automatique automatiquement automatiques
    automatiser automne autorisation autorisations autorise autorisent autorises autour autre autres
    autrice auxiliaire auxiliaires avais avait avance avantages avenant avenir avent aventure avion
    avis avoir avril aya ba bache bagues bain baisse baisser bal balancer ballons banc bancaire
    bancaires bande bandeau banlieue banniere bannieres banque banques barbecue barbus barometre
    barre barres bas basique basse bat batiment battu baume bcp bd beau beaucoup beaute beaux bebe
    bebes beige belge belges belgique belle beneficiaires benetton benevole benevoles besoin bete
    betises beton biais bibliotheque bien bienfaits bientot bienvenue biere bijoux bilan billet
    billets billetterie bizarre bizarres bjr blague blanc blanche blanches blancs bleu bloc blondes
    blonds bloque bloquer blouse blouses bois boit boite boites bon bonjour bonne bonnes bons
    bonsoir booste boostee boostees booster bord borne bornes bosse bosser bouche bouclage boucle
    boucles bouge bougent bougies boulanger boulangerie boulot bourres bout bouteille bouteilles
    boutique bouton brainstormer branche brancher brande bras bravo bretagne bretonne bricolage
    bricoleur briefer bronzes brouillon brule brulees brut btp buches bulletins bullshit bureau
    bureaux buzz cabane cabinet cache cadeau cadre cadrer cadres cagnotte cahier caisse caisses
    calcul calcule calculer calendrier caler camion camions campagne campagnes canape candidat
    candidats candidature candidatures canette canicule canne cantine capitaine capsules captation
    capteur capteurs captures capuche capuches caractere caracteres carbone cardiaque caricatural
    cariste caristes carnaval carre carreaux carrefour carrelage carriere carrieres carrousel
    carrousels cartables carte cartes carton cartonne cas casa casque casques cassandre casse casser
    categorie cave caveau cb cdi ceder celebre celebrite celle celles cellule celui centaine
    centaines centenaire cereales ceremonie cernes certaines certains certif certificat certifie
    cession ceux cgu cgv chacun chacune chaine chaleur chaleureux chambre chambres chameaux champ
    champs changeant changement changent changer chanson chansons chante chanter chanteur chanteuse
    chantier chantiers chapeau chaque chargee chargeur charte chatons chaud chauffeur chauffeurs
    chaussures cheffe chemise cher cherche chercher chercheur chercheurs cherchons chere chers
    chevaliers cheveux chien chiens chiffre chiffrer chiffres chine chinois chiot chiots chirurgie
    chirurgien chirurgiens choisi choisir choisira choisis choisisse choisissent choisit choix
    choque chorale chose choses chu chute ci ciblage cible ciblee ciblees cibler ciel cimetiere cine
    cinquantaine circule circulent citant citation citations citent citer citoyens civile clair
    claire clairement claires claque clash classe classement classer classes classique cle clermont
    cles clic clics cliente clientele clientes clients climat clin clinique cliniquement cliniques
    clonage clonee cloner cloture cnil coachs coche cocher codes codir coffre coffret coffrets
    coherent coherents coiffeuse coin colere colis collaborateur collaborateurs collaboratrice
    collant colle collecte collectif collectivite college collegue collegues collent coller
    colorisation coloriser com comedien comedienne comediens comex comite comm commande commandes
    comme commence commencer commentaire commentaires commente commerciale commercialement
    commerciaux commissaire commu commun communaute commune communes communication communique
    communiques compagnie compagnons comparatif comparer compense competitif complement complements
    complet complete completement completer comportement comprehension comprendre comprends compris
    compta comptable compte compter comptes compteur compteurs concerne concernes concertation
    concession concessions concours concretement concu concue concurrence concurrent concurrente
    concurrents condoleances conducteur conducteurs conf confiance confidentialite confidentiel
    confidentielle confie configurateur confirme confirmer confitures conforme conformite confrere
    conge conges congres connais connait connecte connu connue conseil conseille conseiller
    conseillere conseillers conseillez conseils consentement conservateur considere consignes conso
    consommateurs consommation consomme consommee consomment constructeur construit contente
    contents contenu contenus contexte contiennent contient continuer contractuelle contrainte
    contrat contrats contre contrefacon controle convaincre convertit coop copie copier corps
    correcteur corrige corriger corse cosmetique cosmetiques cosmeto costard costaud cote cotisation
    coton coucher couches coucou couleur couleurs coulisses coup coupe coupes coupure cour courant
    coureurs courriel courriels courrier courriers cours courte courtes courts cout coute couv
    couvert couverts couverture couvertures couvre couvs cp craint crea creas createur createurs
    creation creatrice creatrices creche creches cree creee crees creme creneau creneaux crise
    criteres critiques croient croire crois croise croises croissance croit croquettes cse csp
    cuisine culturel cv cybersecurite daf danger danse dansent danseurs danseuses debat debordee
    debut decale decalee decaler decede decedee decembre deces dechet dechets decider declarer
    declinaisons decliner deco decor decors decouvert decouverte decouvre decouvrez decouvrir decrit
    dedans defaut defendre defenses defile degustation dej deja delai delais delegues demain
    demandant demande demandent demander demandes demandez demarche demarches dementi demi dentaire
    dentiste dentistes dents depart departemental departementales depasse depenses depistage
    deplacee deplacement deplacements depliant deploie depose deposer depuis dermato
    dermatologiquement dermatologues dermatos dernier derniere dernieres derniers derriere desactive
    desc descriptifs desormais dessin dessine dessinee dessins dessous dessus detecte detectent
    detecter detecteur detecteurs detient detourage detoure detourer detourner deuil deux devant
    developpement devenez devenir deviennent devient devine devis devoir devons devra devrait dg
    dgccrf diabete diagonale diaporama differentes differents diffuse diffusee diffusees diffuser
    diffuses digitale dimanche diplome diplomee diplomes dira dirait dire direct directe directement
    directeur directeurs direction directrice directrices dirigeants dis disait disant discours
    discrete dise disent disparait disparu dispo disponible disponibles distillerie distribue
    distributeur distributeurs distribution dit dites divers diverses diversifies diversite dix
    dizaine dizaines docteur doctolib doigts dois doivent domaine domicile donateurs donnant donne
    donnee donnees donner donnes dons dos dossier dossiers douala doublage doubler douce douceur
    douche douleurs doute douzaine dp drapeaux drh droit droite droits drole ds dsi dubois dujardin
    durabilite durable durand dure duree dynamique dynamiques eau eaux ecart echange echanges
    echantillon echantillons echelle eclat ecogestes ecole ecoles ecolo ecologique ecologiques
    economie economies economise ecoresponsable ecoute ecran ecrans ecris ecrit ecrite ecrites
    ecrits ecriture ecrive ecrivent editeur edito editoriale efface effacer effet effets efficace
    efficacite egalite egerie ehpad electorale electricite electrique electriques elements eleve
    eleves eleveurs elimine elu elus emailing emballage emballages embauche embellir emet empeche
    empecher emploi emplois employe employes employeur empreinte encadre encart enceinte enceintes
    encore energetique energie energivore enfance enfant enfants enfin engagee engagements engages
    enjeu enjeux enleve enlever enorme enormement enquete enregistre enregistrees enregistrement
    enregistrements enregistrer enregistres enseigne ensemble ensuite entend entendu entier
    entierement entoure entraine entrainement entrainent entrainer entree entrepot entreprise
    entreprises entretien entretiens envers envie environ environnement environnemental envisage
    envisageons envoi envoie envoient envoye envoyee envoyees envoyer envoyes envoyez eolien epargne
    epicerie epoque equipe equipes erreur erreurs espace espagne espagnol espagnole esprit essai
    essais essayage esthetique estime estimer etablissement etablissements etaient etais etait etat
    etats ete etendre etes ethique etiqueter etiquette etiquettes etoile etoilee etoiles etranger
    etude etudes etudiant etudiante etudiants euh euromillions europeen europeenne europeennes eux
    evaluation eveil evenement evenementielle evenements evidemment evin evite eviter eviterait
    exacte exactement exagere exception exclusivite excuse excuses exemplaires exemple exercices
    exige exigee exiger existe existent explique expliquer expo exporte exporter exposants express
    exterieur extraire extrait extraits fabricant fabrique fabriquees fac facile facilement facon
    facteur facture factures faible failli faim fais faisant faisons faite faites faits falc fallait
    familial familiale famille familles farine fasse faudrait fausse fausses faute fautes fauteuil
    fauteuils faux fede felicite feminin femme femmes fenetre fera ferait ferme fermee fermes
    fermeture fete feter feu feux fevrier fiable fiables fibres fiche fichent fiches fichier
    fichiers fictif fictifs fictives fidele fideles fidelite fier fiere fiers figurants fil filer
    filiale filiales filiere filigrane fille filles filme filmee filmer filmes fils filtre filtres
    fin finale finalement finalistes financement financier financiers finaux fini finir fixe flacon
    flacons flandre fleuriste fleurs flotte flou floute flouter foire fois foncee fonction fond
    fondateur fondateurs fondation fondatrice fonde fondee fonds font foot forcement foret forets
    forfait formateur formation formations formatrice forme formes formulaire formulation formule
    formuler formules fort fou foule fourni fournil fournisseur fournisseurs fournitures foyers
    fragiles frais francais francaise francaises franchement franchises fraude freelances frequence
    frequentation frere fresque frigo frise froid fromage frugale fruits fuir fuite funeraire futur
    futurs gaffe gagnant gagnante gagnants gagne gagner galere galerie gamins gamme garanti garantie
    garanties garantis garantit gardant garde gardent garder gars gateau gaz geants geek gelules
    genant gene generale generateur generatif genere generee generees generes generique geneve
    geniale genre gens gerant gerants gere ges geste gestes gestion gilet glaces gobelets gomme
    goodies gourde gourdes gourmand gout goute gouter goutte gouttes grace grammes grande grandes
    grandeur grands graphique graphiques graphiste graphistes gras grattage gratuit gratuite
    gratuits grave gravure grenier greve grille griller grilles grippe gris grises gros grosse
    grossesse groupe groupement groupes guerre guidant hab habitants habitation habituel handicap
    handicapee harcelement harnais hausse haut hebdo heberge hebergee hebergement heberges hein
    helloasso herisson heros hesite heteros heure heures heureux hier histoire histoires historique
    historiquement hiver hommage homme hommes honnete honnetement honorer hop hopital horaire
    horaires hors hotesse hotesses ht hui huile humain humaine humains humoristique humour hymne
    hypoallergenique ia ici icones ideale idealement idee idees identique identite ifop ile illus
    illustrateur illustratrice illustre illustree illustrer imige imite imitee immeubles immo
    immunite impayes imperfections importe impose imposer impot impots impression imprime imprimee
    imprimer imprimeur inactifs inauguration inaugure incendie inclusif incroyable incruste inde
    indemnisation independant indique indiquer industriel infantile infirmier infirmiere infirmieres
    infirmiers influence influenceur influenceurs influenceuse influenceuses infographie
    infographies infolettre informer infos inge ingenieur ingenieure ingenieurs inondation inpi
    inquiete inquieter inscription inscriptions inscrits inspirant inspire inspirer installation
    installe institut institutionnel integre integrer intelligente intention inter interdire
    interdit interet interieur interim interimaires internationale interne internes interpelle
    interroger intervenants intervention interviewe introuvable inventaire invente inventee inventes
    inverse investissement investisseurs ira irlande irritants issus italie italien italienne jai
    jamais janvier japon japonais jardin jardinage jardins jaune jaures jean jet jeu jeudi jeune
    jeunes jeunesse jeux joconde johnny joignable joli jolis jouable joue jouent jouer joues jouets
    joueur joueurs jour journal journaliste journalistes journee journees jours joyeux jpeux jpo jsp
    jsuis jt juillet juin juliette jullien jumeau jumeaux juridique juridiquement jus jusqu juste
    justificatif jvais jveux kakemono kakemonos karine ke kermesse ki kilos kimono kine koi labo lac
    lache laisse laissent laisser lait lampe lance lancement lancer langage languagetool langue
    langues lanternes laquelle lave lecteur lecteurs lectrices lefevre legale legalement legales
    legende legendes leger legerement legislatives legumes lent lentilles lequel leroy lesquelles
    lesquels lessive lettre lettres levee levier leviers levres liberte libre librement libres lien
    liens lieu ligne lignes ligue limite limitee limiter limites lin linge lire lisbonne lise lisent
    lisible lisse lissee lisser liste lister listes lit livrables livraison livraisons livre livrer
    livres livret livreur livreurs locale locaux logement logements logiciel logistique loi loin
    londres longtemps lors loto louche louis lourd lsf lu lues lui lumiere lumineux lundi lunettes
    lus lutins luxe lycee lyceens madame madras magasin magasins maghreb magique mai mail maillot
    maillots mails main mains maintenant maintenu maire maires mairie maison maisons maitre maitres
    maitrise mal malade malades maladie maladies malentendants malgre malo malvoyants maman mamans
    mamie mamies mandat mange maniere manif mannequin mannequins manque maquette maquettes
    maquillage marche marchent marches mardi margaux marges mari mariage mariages mariee mariees
    maries maroc marocaine marquage marque marquer marques mars mascotte masculin masque masques
    masse matchs maternelle maternite matin mauvais mauvaise mdd mdr mec mecontents mecs medecin
    medecins mediatheque mediatheques medicale medicaux meeko meilleur meilleure meilleures
    meilleurs melange membre membres meme memoire menace menaces menage mensuel mensuelle mentale
    mentionne mentionner mer merci mercredi mere meres merite mesdames messieurs mesure met
    metadonnees meteo methode metier metiers metropole mets mettant mette mettra mettre meuble
    meubles mexique mi midi miel mien mieux mignon milieu militant militante mille millesime
    milliards millions mince minces minceur mineurs miniatures ministere ministre minuit mis mise
    mises mixte mme mobilier mobilite moches modele modeles moderne moderniser modifie modifiee
    modifier moi moins mois moitie monde mondial mondiale monique monsieur montage montagne montant
    montants monte montee monter monteur montrant montre montrent montrer montres montreuil montures
    morceau morceaux morphologies mort mot moteur motif motifs motive mots moulin moussa mouvement
    moyen moyenne municipale municipales mur musee musiciens musique musiques mutuelle mutuelles
    myheritage naissance nakamura nappes natif nationale naturel naturelle naturellement naturelles
    naturels navigation nb nee neerlandais negatifs negligeable nego negocie negos neige neobanque
    nettoye nettoyer neuf neutre neutres ni nickel nique niveau noel noir noires noirs nom nombre
    nombreux noms non nord normalement normandie noter notres nourri nourrir nouveau nouveautes
    nouveaux nouvel nouvelle nouvelles novembre noyade nucleaire nuit nul nulle num numerique numero
    numeros objectif objet objets obligatoire obligatoires oblige obliges obseques obtenu occupation
    occupe octobre oeil oenotourisme offert offerte offerts officiel officielle officielles officine
    officines offre offres offrez oms ong ongles ope operateur operateurs operation opticien
    optimise optique oral ordonnance ordre organise organisee originales origine origines
    orthographe oublie ouest oui outil outils ouvert ouverte ouvertes ouverture ouvre ouvrent
    ouvrieres ouvriers ouvrir ovh pac paie paiement paire paires panier panne panneau panneaux papa
    papier papis papy paques paragraphe parait parapharmacie parc parce parcours pareil pareilles
    pareils parfait parfaite parfaitement parfaites parfaits parfois parfum parieurs parle parlent
    parler parmi parodie parodique parole paroles pars partage partagent partager partant partenaire
    partenaires partenariat partenariats partent parti particulieres partie partir partis partout
    passage passagers passages passant passe passee passees passent passer passionne passionnee
    passionnes pasteur pates pathologies patiente patrimoine patron pause pavillon payant payante
    payantes paye payee payer payes paysage paysages paysans pdg peau peaux pedagogique pedagogiques
    pediatrie peine peinture penaliser pendant pensais pensait pense pensent penser penses pensez
    perd perdent perdre perdu perdue pere peres periode permanence permet permettent permis perso
    personnage personnages personnalise personnalisee personnalisees personnaliser personnalises
    personne personnel personnes persos perspectives perte pese pesquet pesticides petit petite
    petites petits peu peuple peur peuvent peux pharmacie pharmacien pharmacienne pharmaciens
    photographe photographes photographier photoroom phototheque phrases physique pictos pieds
    pilote pilotee pilotes pique pirate pire pis piscine pistes pizzas pk places plage plages
    plainte plaisir plait planche planches planete planifier plannings plante plaques plaquette
    plastique plat plateau plateforme plats plein pleine pleure plombier plu pluie plusieurs plutot
    plv pme pmr pnc pnj pochette poids poilus pole politique politiques pollue polonais pomme pompe
    pomper pompes pompier pompiers ponde pondre pondu pondue pont portail porte portee portent
    porter portes porteurs portugais pose posee posees posent poser poseurs posez positif positifs
    possede possibles postale poste postee postees postent postes pot potable poteau potes pourra
    pourrait pousse pousser poussette pouvez pouvoir pouvons powerpoint pr pratique pratiques
    precautions precis precisant precise preciser precision predire predit preelectorale prefere
    preference preferent preferes preferez prefet premier premiere premieres premiers prend prendre
    prends prenez prennent prenom prenoms preparateurs prepare preparer pres preselectionner
    presence presentateur presentatrice presente presentes presidente presidentielle presque presse
    pressee presta prestataire pret prete prets preuve prevenez prevenir prevenu prevenus previent
    previsionnel prevoir prevoit prevoyance prevu prevue prez primes primo principale principe
    printemps prioritaires priorite pris prise prises privee prives prix probabilite probleme
    problemes prochain prochaine proche proches prod producteurs produire produit produits profil
    profilage profils profiter profitez profs programmes progresse projet projeter projets promesse
    promet promis promouvoir prompte prompter propose proposee proposer proposition propositions
    propre propres proprietaire proprietaires propulse propulsee prospection protege proteger
    proteines prouve prouvee prouver pseudo pseudos pu pub publi publication publications publics
    publie publiee publiees publient publier publies publique publiques pubs puis puisque puisse pur
    pushs pv qd qq qqch qqn qr qualiopi qualite quand quarantaine quartier quartiers quasi
    quebecoise quelque quelques questionnaires quimper quincaillerie quinzaine quitte raccourcir
    raconte racontent raconter raison raisonnable rajeuni rajeunir rajeunit rajoute rajouter rale
    raler rame ramenez rando randonneurs ranker rapide rappel rappeler rappelle rappels rappeur
    rapport rapports rassurer ravie ravis rayon rdv reagir realisations realise realisee realiste
    realistes realite rebours recadre recente recette recettes recharge recharger recharges
    recherche recherches recherchons reclamation reclamations reco recoit recommandations recommande
    recommandee recommandent reconnaissable reconnaissables reconnu reconstitution recours recree
    recreee recreer recrues recrute recrutement recruter recruteur rectorat recu recues recupere
    recuperer recus recyclage recycle redac redacteur redacteurs redaction redige redigee redigees
    rediger rediges reduction reduire reduisent reduit reecrire reecris reecrit reecrite reecrites
    reecrits reelle reelles refaire refait referencement reflets reflexes refonte reforme reformule
    reformuler reformules refroidir refuge refus refuse refuser regardant regarde regardent regarder
    regenere regenerent regenerer regie regimes regionale regionales reglage reglages regle
    reglement regles reine rejoignez rejoindre rejoins rejoint relaie relais relance relancer
    relances relation relayer relecture releve releves relira relire relis relise relit relu relue
    relues relus remarque remarques rembourse remboursement remboursements remerciement remet
    remettre remise remonte remonter remplace remplacer remplir remplissage remuneration remunere
    remuneree rencontre rencontrer rencontrez rend rendement rendent rendez rendre rendu rendus
    renforce renforcent rennes renovation rentre rentree renvoie renvoyer reouverture repare repart
    repas repayer repere reperer repond repondants reponde repondeur repondra repondre reponds
    repondu reponse reponses reportage reposte reposter reprend reprendre reprends reprenne
    representatif represente representent representer repris reprise reproche requete requetes
    reseau reseaux reservation reserve reservee reserver reservez residente resiliation respecte
    respecter responsabilite responsable responsables ressemble ressemblent ressort restants reste
    restent rester resto restos resultat resultats resume resumer resumes retard retards retire
    retirer retouche retoucheur retour retours retraite retraitee retraites retravaille retravaillee
    retravailler retroplanning retrouve retrouver reu reunion reunionnais reunions reutilisables
    reutilise reutiliser reve revendre revenu revenus reviennent reviens revient revisitee revivre
    revolution revue rgaa rgpd rh rhum rice riche rien rigoler rigolo rire risque risques riverains
    riviere robe robuste rodez roman romans ronde rouge rouges roulant roule routier routiere roux
    rp rse rssi ruban rubrique rue rupture rushs sac sachant sacs sainte sais saison saisonniers
    sait salaire salaires salariale salarie salariee salaries salle salles salon salue salut samedi
    sandrine sante sapin sari satisfaits sattouf sauce sauf saura saute sauvage sauve sauver sav
    savent saveurs savez saviez savoir scanne sciences scientifiquement scientifiques scolaire
    scolaires scorer se seance seances secheresse secondaire secondaires seconde secondes
    secouristes secours secretaire secretariat secteur sections secu securite segmente segmenter
    sein seine sejour selection selectionne selon semaine semaines semble semestriels seminaire
    sempe sens sensibilisation sensible sensibles septembre serai seraient serait serenade serez
    serie serieux seront serre sers sert servent serveur serveurs servi servir seul seule seulement
    seuls sexe shampoing shoote shooting shootings si siecle siege signale signalement signaler
    signales signataires signe signee signees signent signer signera signes silhouette silhouettes
    simplement simples simulateur simule simuler simules sinistres sinon sirop situation slt
    smartphone sncf sobre sobres sobriete sociale sociaux societaires societe soient soignant
    soignante soignantes soignants soigneurs soin soins soir soiree soirees soirs soit soixantaine
    solaire solaires soldats soldes soleil solidaire solide solution sommeil sommes sondage sonne
    sors sort sortant sorte sortent sorti sortie sorties sortir sortis sosie souci souhaite
    souhaitons souk sourds souriant souriante souriantes souriants sourient sourire sourires sourit
    soutenir soutien soutient souvenirs souvent speciale speciales specifique spectacle spectacles
    spectateurs sponso sponsorise sponsorisee sponsorisees sponsoriser sponsorises sportif sportifs
    sportive stade stagiaire stagiaires stations sterilisation stocke stockees stocks stp strategie
    strategique structurer styliser subvention sucre sucres sud suede suffisant suffisent suffit
    suis suisse suivi suivre sujet sujets supermarche supprime surement surpoids surtitres surtout
    survet survit sushis svp sympa synchro syndicat synthese syntheses synthetique synthetiques
    systematiquement systeme t2 t3 tableau tableaux tablette tableur tablier tache taches taille
    tailles tailleur talents tant tape tapis tard tarif tarifaire tarifs taux taxe tdm te technicien
    techniciens technique techniquement techniques technologie teint teinte teintes tel tele
    teleconsultation telephone telephones telephonique teletravail telle telles tels temoignage
    temoignages temoin temoins tempete temps tendance tendances tenir tenue tenues termes termine
    terrain terrasse terre territoire teste testee tester tete texte textes tiennent tient tilleuls
    tique tirage tirages tire tirer tissu titrage titre titrer titres titulaire toi toit tombe
    tomber tombola totale totalement touche toucher toujours tourisme touristes touristique tournage
    tourne tournee tournees tournent tourner tournicoti tournoi toxines tpe tract tracts trad
    traditionnelle traducteur traducteurs traduction traductions traduire traduis traduit traduite
    traduites trafic traine traite traitement traitements traiteur trajet trajets trame trancher
    tranquilles transcriptions transcrire transcris transcrit transforme transformee transformer
    transmets transmissions transparence transporteur transports travail travaille travailler
    travailleurs travaux trentaine trentenaires tresorier tri tribune trie trier trimestre
    trimestriel triste tristes trois trombinoscope trompe trompeur trop trottinette trottinettes
    troubles trouve trouvee trouvees trouvent trouver trouves truc trucs tt tube tunnel turc tuto
    tutos tva typique typiquement typiques ue ultra ulule uniforme uniquement unis unite universite
    uns uploade uploader ur urgence urgences usa usagers usages usine usines utile utilisateur
    utilisateurs utilisation utilise utilisee utilisent utilises utilisez utilisons uvre uvres ux
    vacances vaccin vaccins vache vaches vais valable valentin valeur valeurs validation valide
    validee validees valider valides validez vanne vannes vante variantes variees varient varier
    varies vaut veille velo velos vend vendanges vendangeurs vendeur vendeurs vendre vendredi vends
    vendu vendues vendus venez venir venise vente ventes ventre venu venus verger verifie verifier
    verra verre verres vers vert verte verts vetements veterinaire veto vetos veulent veut veuve
    veux vf victimes vide vides vie vieille vieilles vieillir viennent viens vient vieux ville
    villes vin vingtaine vins vire virginie virtuel virtuelle virtuels visage visages visibilite
    visibles visio visios visite visites visiteur visiteurs visuel visuelle visuels vitamines vite
    vitrine vitrines vivant vivre vocale vocales vocaux voeux voici voie voient voila voilees voir
    vois voisin voisins voit voiture voitures voix vol volant volontaire volontaires votez voudrais
    voudrait voudrions voulais voulait vouloir voulons voyage voyageur voyageurs voyez vrai vraie
    vraies vraiment vrais vu vue vues wallonie webinaire wolof xixe ya yanis yaourt yaourts yeux
    """.split()  # noqa: SIM905
)

EN_WORDS = frozenset(
    """
    0.24 0.3 1,000 1,200 1,500 1,800 1.2 1.5 10,000 100x 10am 12,000 14th 150th 15th 1920s 1930s
    1940s 1950s 1960s 1990s 19th 1k 2,000 25k 2k 2m 2nd 2pm 3,000 30s 3pm 3rd 4,000 404s 4pm 5,000
    50,000 50th 5pm 60s 6pm 6s 7am 8am 8s 99.9 9am 9k abandoned able above abroad abstract academy
    access accessibility according account accountant accounts accuracy accurate acme across
    activist activists activity actor actors actress actual actually ad adapt adapts add added
    adding address addresses adds ads advertiser advertising advice adviser advisers advisor
    advisors advisory affected africa african after afternoon afterwards again against aged ageing
    agencies agency aggregated agm ago agree agreed agreement ahead ai aid aids airdrop airline
    airport alcohol alert alex alike alive allergen allergens allow almost alone already altered
    always am amazing ambassador ambassadors amounts analysis analyst angry animals animate animated
    anna annex annie anniversary announce announced announcement announcing annual anonymised
    anonymous anonymously another answer answered answering answers anthem anxiety anything anyway
    anywhere apac apology app appeal appear appears applicant applicants applications applies apply
    applying appointment approval approve approved approves approving apps april arabic area aren
    arms around artificial artist artists artwork as asa asian ask asked asking asks aspirational
    assembly assessment assets assist assistance assisted ate attached attenborough attendees aug
    august authentic author automated automatic automatically autumn ava availability available
    average avoid award awards awareness away babies baby back background backgrounds backing
    backlash bag bags baker bakery ballpark band bank banking banned banner banners based basically
    batch battery bc beach beaches beat beautiful beauty became because bed bedtime beer before
    behind being belgian belgium believe below beneficiaries benefit benefits best beta better
    betting between bias big bigger biggest bike bilingual bill billboard billboards billing bin
    birth birthday birthdays bit bits blender block blocked blocking blocks blossoms blurb blurbs
    blurry board boards boats bodies body boiling book booked booking booklet books boost boosted
    boosts booth boots borrow both bottle bottles bottom bought bound boxes boys branch branches
    brand branded brands brazil brazilian breach break breakfast bride briefing bring bringing
    bristol british brittany bro broadband broadcast brochures broke broken brother browsing
    brussels btw buddy budgeting build building builds built bulk bullet bullets bumper bunch bundle
    burns buses busy button buy buyer buyers buying buys cake calendar call called callers calling
    calls came camels campaign campaigns cancel cancelled candidates candle candles canteen captain
    caption captioned captions carbon card cardboard cards care career careers cares caring carnival
    carousel carousels carry cart case cast castle catch catchy category celebrating celebrity
    centenary centres century ceo cereal certificate certified cfo cfos chain chair chairman changed
    changelog changes changing channels character characters charging charity chart charter charts
    cheaper check checked checking checks cherry chief child children chinese choice choose choosing
    christmas circulating cited cities citizens city claims class clay clean cleaned cleaner
    cleaning clear clearly clicks climate clinic clinical clinically cloned cloning close closed
    closes closure clothes cluster cmo coaches cohort coins cold collagen colleague colleagues color
    colour colourise colours column combo come comes comic coming commentary comments commercially
    commissioner committee common comms companies company compared comparison competition competitor
    competitors complained complaint complaints compliance compliant composites confidential confirm
    confirmed confused congrats congress consent considering consistent consumer consumers contains
    contest context contract contracts control converts cooking copied copies copy copying copyright
    copyrighted copywriter cork corner cosmetics cost costs cotton couldn council councillor count
    countdown counter counting countries country counts county courier cover coverage covered
    covering covers cows craft crafted cream created creating creative creatives creator creators
    crew crews crime cringe crisis crisps crossed crowd crowds crying cs csr csv cup cures curious
    current curvy custom customer customers cut cute cuts cutting cvs dad daily dairy damage dancing
    darker data database dating daughter david day days dead deadline deaf dealer dealers dealership
    dean dear debate december decent default defensible degree delay delete deleted deliver
    deliverables delivered delivering delivers delivery dental dentist department dermatologically
    dermatologist dermatologists describe designed designer designers desk detect detector developer
    didn died differ different differently digest dinner directly director directors disabilities
    disability disabled disclaimer disclose disclosing disclosure discount discover discovery
    discuss disease distributor distributors diverse diversity dms doctor doctors documentary doesn
    dog dogs doing domain don donation donor donors door dordogne down download dozen draft drafted
    drafting drafts drawing drawings dream dress drink drinks driven driver drivers driving drop
    dropped dropping drops drought dry dub dubbed dubbing dublin due dump during dutch duty dynamic
    earbuds earn earnings earth easiest east easy eating ed edit edited editing editor edits effects
    either election electricity else email emailed emails embargoed emits employee employees
    employer empty ended endorsing ends energetic energy engine engineer engineering engineers
    english enhanced enough enterprise enthusiasm entire entirely entries entry environment
    environmental eod error errors esg esports estate estimate ethical ethnicities european ev even
    events ever everybody everyone everything everywhere evidence exactly examples excerpt exchange
    exec exhibition exhibitor exist exit exotic expand expect expense expires explain explainer
    explainers explaining explains exported exporting exposed extend external eyes faces facing fact
    factory facts faculty fair fake fall families family famous fancy faqs far fare farm farmer
    farmers fast faster fastest favourite feature featuring feb february fed feed feedback feeding
    feel feels fees fell female few fewer fictional field fields figure figures files fill filled
    filmed filming filter filters finalists finally financial find finder findings finds finished
    fintech fire firm first fits five fix fixed fixing flag flagged flags flat flavour flawless
    fleet flemish flight flights flood flooded floor flow flu fly flying foam folks follow followers
    food fools footage football footballer footer footprint forced foreign forever forget form forms
    formula formulas forward found foundation founded founder founders founding fox fragrance frail
    frame frames framework franchisee franchisees frankfurt fraud freelancer freelancers freeman
    french fresh friday fridge friend friendly friends front fuel full fully fund funded funding
    fundraising funds funeral funny furniture fyi g2 gadget gallery game gap garden gas gate gave
    gdpr gear gen genai gender generated generates generating generator generators generic geneva
    german germany gets getting ghostwritten gift girl girls give given gives giving glasgow glasses
    glossary glowing gm go goal goes going gold gone gong gonna gorgeous grab grad graduate grammar
    grammarly grandma grandparents grant graphic graphics green greener greenest greeting grew grey
    grid ground group groupgpt grow guaranteed guarantees guardian guess guest guests guidance
    guideline guidelines guilt gulf gummies guy guys gym habit haiku hair haired half hand handle
    handles handling handmade hands happen happened happening happens happy hard harvest hasn hassle
    hat hates hats haven having head headcount header headline headlines heads headset headshot
    headshots heals health heard hearing heart heat heavy helped helper helpful helping helps
    heritage hero heroes hers herself hi high higher highlight hijab him himself hire hired hires
    hiring historical historically history hit hits hmm hold holders holding holds holiday homepage
    homes honest honestly honey hoodies hook hospital host hosted hostess hosting hot hour hours
    house household housing hq hr huge human humans hungry hurry hurt husband huts hype
    hypoallergenic icon icons idea ideas identical ids if ig illustrate illustrated illustrative
    illustrator imagery imagined immune immunity improve incl include included includes including
    income indemnify indemnity india indian induction industry influencer influencers infographic
    input inside insists inspired install installed instantly instead instructions insurance insurer
    intake interest intern internal internally international interns intl introduce intros invent
    invented investment investor investors invoice invoices involved ip ireland irish ish isn issue
    issues italian italy items itself jacket jammed jan january japan japanese jersey job join
    joined joining joins joke journalist journalists journey juiciest july june junior justify karen
    keen keep keeping keeps kept kettle keyword keywords kick kickoff kickstart kid kids kill
    killing kills kind kinda kiss kitchen kiwiz knee know known knows kol korean krakow kusama kyoto
    lab labelled labelling labels ladies lads lady lake land lands landscape landscapes lane
    language languages lanterns laptop last late later latest laughing launch launched launches
    launching law lawyer layoffs layout lazy lead leading leaflet leaflets leaked learn learned
    least leather leave leaves leeds left legal legally leibovitz less lessons letter letters
    letting level levels liability liable library license licensed life lifestyle lift lifts light
    lighter lightly lights like likely limit limited line liner lines link links lions lip lipstick
    lisa lisbon list listeners listing listings lists literacy literally little live lives
    livestream living ll lmao loads loan lobby localise localised localising locally locals
    locations lock log login logistics logs lol london longer look lookalike looked looking looks
    loop loops loosely lose loss lost love loved lovely loves low lower lowest loyalty lunch luxury
    lyrics maker makes making male man manchester mandatory manual map maps march margin mark market
    marketers markets mascot matchday matches material materials maternity matter matters mattress
    may maybe mayor meal mean means meant measure medium meet meeting meetings meh melting member
    members membership memo memorial memory men mentioned mentioning meps merger messaging messy
    metadata method mexico mia mic microsite middle midnight might milk mill mind mine minimal
    minister ministry misleading missed missing mistakes mixed mobility mock model models modern mom
    moms mona monday monitoring month months mood more morgan morocco mortgage most mostly mother
    move moved moving mt mum mumbai mums museum music must mutual myself myth name named names
    narrate narrator native natives natural naturally near needed negative negligible neighbourhood
    network neutral never new newest news newsroom next ngo nice nicer nigeria night ninja nobody
    noise none noon normandy norway notetaker nothing notice noticed notification notifications
    november now nuclear number numbers nurse nursery nurses nursing oat objects obviously ocean
    october offer offers officer offices official offset offsets offsite oil okafor old older olds
    once one ones online onto ooh op open opened opener opening opens operators opponent opposing
    ops optimised options order orders org organic original other others otherwise ours ourselves
    out outage outbound outfit outfits outline output outputs outreach outside over overblown
    overdub overlay overnight overthinking owe own owned owner owners owns paced package packages
    packed packing painted painting pair pairs panels paper paperwork paragraph paranoid parental
    parisian park parody partly partner partners partnership parts party passed passenger passengers
    password past paste pasted pasting patterns pay paying payment payments payroll pdps penalty
    pension people perfect perfectly perfume period person personal personalisation personalise
    personalised personally pet pets pharmacist pharmacy phone phones photographed photographer
    photographers photographing photography photoshoot pic pick picked picking picks pics picture
    pictures pilot pink pinned pipeline pitched pitching pivot placeholder plain planet planned
    plant planting plants plastic platform plausible playbook player players playing plays png pod
    pods poland policy polish polished polite political poll pool poreless portal portuguese
    positive postcard postcards postcode posted posters posting power powered ppl practice praising
    predict predicted predicts prefer preferred pregnancy pregnant prep present presented presenting
    presents presidential press pressure pretending pretty prevent preview previous price prices
    pricing print printed printer printing privacy private priya prize probably problem procurement
    produce produced producing product products professional profile profiles profiling program
    programmatic progress project projects promise promised promises promote promoting prompted
    prompting proof proofread proofs proper property proposal proposals proposed protect protected
    protein protest proud prove proven provider pt publicly publish published publisher publishes
    publishing pull pulled pulling pump pumps punchier punchy pupils purchase purely push pushed
    pushing put puts putting q2 q3 q4 qualify quality quarter quarterly queries query quote quoted
    quotes quoting raised rally ramen ran random range rank ranked ranking ranks rate rated rates
    rather rating raw re read reader readers reading reads ready real realistic reality really
    reason reasons rebrand recall recent receptionist recipe recipes recommend recommendation
    recommendations recommended recommending recommends recorded recording recordings records
    recovery recreate recreated recreating recreation recruiter recruiters recruiting recruitment
    recurring recycled recycling red reddit redesign redo reduce reduces referral refill refills
    reform refresh refugee refund refunds regenerate regenerated regenerates regenerating register
    registered registration regular regulation regulatory rehearsal reject rejected rejection
    related relaunch release releases reliable rely remind reminder remix remote remove removed
    render renders renewable renewables renewal repeat replace replaced replacement replacing
    replies reply replying report reports repost reps request requests require required requires
    reread res research researchers resend resets resort respondents response responses responsible
    responsibly rest restored restructure result results retail retailer retarget retention retired
    retirement retouch retouched retouching return returns reuse reusing revenue review reviewed
    reviewer reviewing reviews rework rewrite rewrites rewriting rewritten rewrote rfp ribbon rid
    rider right rights risk risky rival road roasted rockstar role roles roll rolling rollout
    romanian room rooms rough roughly round rounds rows royalty rude rule rules rum run runner
    runners running runs sad safer safety said salary sale sales same sample samples sanity sat
    satirical saturday save saved saves saving savings savvy say scale scam scared schedule
    scheduled scheduling scheme school schools scooter scooters scores scraped scraping scratch
    screen screening screens screenshot screenshots sdrs search searches season seasonal seat seats
    second seconds sector security see seed seeing seem seems seen sees self sell selling sells send
    sending sends sense sensitive sent sentence separate sept series seriously server servers
    serving set setting settings several shade shades shaking shampoo shape share shared
    shareholders shares sharing sheet shelf shelter shift ship shipped shipping ships shoe shoot
    shoots shopper shoppers shops short shortlist shot shots show showed showing shown shows shy
    sick side sign signed signing signs silver similar simulate simulated since single sit size
    sizes sketches sketchy skim skims skin skincare skinned skinny skip skus sky slap slapped sleep
    slightly slim slimmed slimmer slims slot slots slow smaller smart smarter smb smile smiling
    smoking smooth smoothed smoother smoothing snack sneaker snow snowy sobriety socials sofa soft
    soften software solar sold soldiers solid somebody someone something sometimes somewhere song
    soon sorted sound sounding sounds soundtrack spain spanish spare speaker speakers speaking
    speaks specific speech speed spell spelling spend spent spf spin spinning split spokesperson
    sponsored sponsorship sports sportswear spreadsheet spring squad stadium staff staged
    stakeholder stall standing standup start started starting starts state statement status stay
    stays step steps still stills stop stops storage store stored stores storm straight strategy
    streamer street streets strict strike strip stripped strips strong stuck student students
    studies study stuff stylised stylist sub subject submit subs subscriber subscribers subscription
    subsidiary subtitle subtitles sugar suggest suggested suggests suits summaries summarise
    summarised summarises summarising summarize summary summer summit sun sunday sunrise sunscreen
    sunset supermarket supplement supplier suppliers supporting supposed surgery survey survive
    suspect sustainability sustainable sustainably swap swapped swapping swears sweden swift
    swimwear swiss switch switched switching swoonly swoosh synced synthetic system tag tagged
    tagline tail tailor tailored take taken taker takes taking talking talks tank target targeted
    targeting targets tariff taste tasting tax taylor tbh tea teacher teachers teal team technical
    technically technology teenagers teeth tell telling tells ten tender tent term terms terrace
    tesco tested testimonial testimonials testing text texts thanking theirs themed themselves thin
    thing things think thinking thinks third thirty tho though thought thoughts threat three
    thrilled thrives through throw thumbnail thursday tick ticket ticketing tidy tier tight tighten
    till time timeline times tiny tip tips tired title titles tmrw today together toggle tokenistic
    told tone tones tonight too took tool tools topics totally touch tourism tourist tourists
    tournament tower town toxic toy track tracker tracking tracks trade trademark trading
    traditional traffic train trained trainer training transcribe transcribed transcribes
    transcribing transcript transcripts transfer translate translated translates translating
    translation translations translator transparency travel travellers treat treatment tree trees
    trends trial tribute tried trillion trip trips trouble true trust trusted try trying tuesday
    tune tuned turbines turn turned turning turns tutorial tutorials tweak twice twin two typical
    typos ugh ui uk unannounced under understand unfollow union unit units university unless
    unpublished unreleased until untouched up update updated upfront upgrade upload uploaded
    uploading ups upscaled upscaling upsell urban urgency usable used useful user usernames users
    uses usual usually utility utm vacancy valentine valid validate value variants variations vary
    vat ve vendor verbally verified verify vet vibe vibes vids viewers viewing views viking vineyard
    viral virginia virtual visibly visit visiting visitor visitors visits visual visuals vitamin
    voice voiced voicemail voiceover voiceovers voices volteo volunteer volunteers voted voters
    waist wait waiting walk walking wall wanna wanted ward warehouse warm warning warsaw wasn waste
    wasteful watch water waterproof wave way wealth wear wearing website websites wechat wednesday
    week weekend weekends weekly weeks weight weird well wellness went whatever whats wheelchair
    wheelchairs whether while white whitepaper whole win wind window winery winner winners winning
    wins winter wise within without woman women won wood word wording words work worked workers
    workforce working works workshop workspace world worldwide worried worry worse worth wrinkles
    writers writing xmas yayoi year years yesterday yet yogurt young younger yours youth
    """.split()  # noqa: SIM905
)
